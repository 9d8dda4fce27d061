from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "nearer.privacy"
    label = "privacy"
    verbose_name = "Privacy: encryption, access log, export and erase"
