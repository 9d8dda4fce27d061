from django.apps import AppConfig


class LadderConfig(AppConfig):
    name = "nearer.ladder"
    label = "ladder"
    verbose_name = "Vulnerability ladder"
