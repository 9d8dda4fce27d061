from django.urls import path

from nearer.safety import views

app_name = "safety"
urlpatterns = [
    path("help/", views.help_page, name="help"),
    path("help/country/", views.country_update, name="country_update"),
    path("safety/plan/", views.plan_detail, name="plan_detail"),
    path("safety/plan/step/<int:number>/", views.plan_step, name="plan_step"),
    path("safety/alerts/", views.alert_settings, name="alert_settings"),
    path("safety/notices/", views.notice_list, name="notice_list"),
    path("sw.js", views.service_worker, name="service_worker"),
]
