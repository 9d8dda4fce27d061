from django.urls import path

from nearer.thoughts import views

app_name = "thoughts"
urlpatterns = [
    path("", views.record_list, name="record_list"),
    path("new/", views.record_create, name="record_create"),
    path("traps/", views.trap_list, name="trap_list"),
    path("<uuid:record_id>/", views.record_detail, name="record_detail"),
    path("<uuid:record_id>/step/<slug:step>/", views.record_step, name="record_step"),
    path("<uuid:record_id>/delete/", views.record_delete, name="record_delete"),
]
