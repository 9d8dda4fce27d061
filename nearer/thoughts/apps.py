from django.apps import AppConfig


class ThoughtsConfig(AppConfig):
    name = "nearer.thoughts"
    label = "thoughts"
    verbose_name = "Thought record"
