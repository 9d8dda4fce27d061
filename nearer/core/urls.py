from django.conf import settings
from django.urls import path

from nearer.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("practice/", views.practice, name="practice"),
]

if settings.BENCH_ENDPOINTS:
    urlpatterns.append(path("bench/floor", views.bench_floor, name="bench_floor"))
    urlpatterns.append(path("bench/floor-member", views.bench_floor_member, name="bench_floor_member"))
