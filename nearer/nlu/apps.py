from django.apps import AppConfig


class NluConfig(AppConfig):
    name = "nearer.nlu"
    label = "nlu"
    verbose_name = "Text understanding"
