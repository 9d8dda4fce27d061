from django.urls import path

from nearer.assessments import views

app_name = "assessments"
urlpatterns = [
    path("", views.assessment_list, name="assessment_list"),
    path("compare/", views.result_compare, name="result_compare"),
    path("results/<uuid:result_id>/", views.result_detail, name="result_detail"),
    path("results/<uuid:result_id>/delete/", views.result_delete, name="result_delete"),
    path("<slug:instrument_id>/", views.assessment_take, name="assessment_take"),
    path("<slug:instrument_id>/history/", views.assessment_history, name="assessment_history"),
    path("<slug:instrument_id>/reminder/", views.reminder_update, name="reminder_update"),
]
