from django.urls import path

from nearer.patterns import views

app_name = "patterns"
urlpatterns = [
    path("", views.patterns_index, name="patterns_index"),
]
