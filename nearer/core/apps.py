from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "nearer.core"
    label = "core"
    verbose_name = "Nearer core"
