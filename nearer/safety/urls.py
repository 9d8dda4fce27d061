from django.urls import path

from nearer.safety import views

app_name = "safety"
urlpatterns = [
    path("help/", views.help_page, name="help"),
    path("help/country/", views.country_update, name="country_update"),
]
