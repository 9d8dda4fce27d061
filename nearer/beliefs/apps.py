from django.apps import AppConfig


class BeliefsConfig(AppConfig):
    name = "nearer.beliefs"
    label = "beliefs"
    verbose_name = "Core beliefs"
