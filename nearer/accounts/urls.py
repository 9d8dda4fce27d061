from django.urls import path

from nearer.accounts import views

app_name = "accounts"
urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("accounts/settings/", views.settings_index, name="settings_index"),
]
