from django.urls import path

from nearer.beliefs import views

app_name = "beliefs"
urlpatterns = [
    path("", views.belief_list, name="belief_list"),
    path("new/", views.belief_create, name="belief_create"),
    path("<uuid:belief_id>/", views.belief_detail, name="belief_detail"),
    path("<uuid:belief_id>/edit/", views.belief_edit, name="belief_edit"),
    path("<uuid:belief_id>/delete/", views.belief_delete, name="belief_delete"),
    path("<uuid:belief_id>/rate/", views.belief_rate, name="belief_rate"),
    path("<uuid:belief_id>/evidence/", views.evidence_create, name="evidence_create"),
    path("evidence/<uuid:evidence_id>/", views.evidence_edit, name="evidence_edit"),
    path("evidence/<uuid:evidence_id>/delete/", views.evidence_delete, name="evidence_delete"),
    path("from-checkin/<uuid:checkin_id>/", views.evidence_from_checkin, name="evidence_from_checkin"),
    path("from-thought-record/<uuid:record_id>/", views.evidence_from_thought, name="evidence_from_thought"),
]
