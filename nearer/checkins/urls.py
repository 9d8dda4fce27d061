from django.urls import path

from nearer.checkins import views

app_name = "checkins"
urlpatterns = [
    path("", views.checkin_list, name="checkin_list"),
    path("new/", views.checkin_create, name="checkin_create"),
    path("export.csv", views.checkin_export, name="checkin_export"),
    path("people/", views.person_list, name="person_list"),
    path("people/<uuid:person_id>/", views.person_detail, name="person_detail"),
    path("<uuid:checkin_id>/", views.checkin_detail, name="checkin_detail"),
    path("<uuid:checkin_id>/delete/", views.checkin_delete, name="checkin_delete"),
]
