from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nearer.accounts"
    label = "accounts"
    verbose_name = "Accounts"
