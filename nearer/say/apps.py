from django.apps import AppConfig


class SayConfig(AppConfig):
    name = "nearer.say"
    label = "say"
    verbose_name = "Say what you mean"
