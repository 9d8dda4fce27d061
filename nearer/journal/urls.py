from django.urls import path

from nearer.journal import views

app_name = "journal"
urlpatterns = [
    path("", views.entry_list, name="entry_list"),
    path("new/", views.entry_create, name="entry_create"),
    path("<uuid:entry_id>/", views.entry_detail, name="entry_detail"),
    path("<uuid:entry_id>/delete/", views.entry_delete, name="entry_delete"),
]
