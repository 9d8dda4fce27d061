from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "nearer.safety"
    label = "safety"
    verbose_name = "Safety"
