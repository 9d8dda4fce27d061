from django.urls import path

from nearer.privacy import views

app_name = "privacy"
urlpatterns = [
    path("", views.data_index, name="data_index"),
    path("export.json", views.export_json, name="export_json"),
    path("export/", views.export_document, name="export_document"),
    path("access-log/", views.access_log, name="access_log"),
    path("erase/", views.erase_confirm, name="erase_confirm"),
    path("erased/", views.erase_done, name="erase_done"),
]
