from django.urls import path

from nearer.ladder import views

app_name = "ladder"
urlpatterns = [
    path("", views.ladder_index, name="ladder_index"),
    path("steps/new/", views.step_create, name="step_create"),
    path("steps/<uuid:step_id>/", views.step_detail, name="step_detail"),
    path("steps/<uuid:step_id>/delete/", views.step_delete, name="step_delete"),
    path("steps/<uuid:step_id>/try/", views.attempt_create, name="attempt_create"),
    path("tries/<uuid:attempt_id>/", views.attempt_detail, name="attempt_detail"),
    path("tries/<uuid:attempt_id>/delete/", views.attempt_delete, name="attempt_delete"),
]
