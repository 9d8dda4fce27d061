from django.apps import AppConfig


class PatternsConfig(AppConfig):
    name = "nearer.patterns"
    label = "patterns"
    verbose_name = "Patterns"
