from django.urls import path

from nearer.say import views

app_name = "say"
urlpatterns = [
    path("", views.coach, name="coach"),
    path("phrases/", views.phrase_list, name="phrase_list"),
    path("phrases/<uuid:phrase_id>/delete/", views.phrase_delete, name="phrase_delete"),
]
