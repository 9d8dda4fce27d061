"""Every URL of Nearer. The authorization matrix test (tests/test_authorization_matrix.py)
lists each one with what every persona gets; add a row there when you add a route here."""

from django.contrib import admin
from django.urls import include, path

from nearer.accounts.admin import hide_private_admin

hide_private_admin()

urlpatterns = [
    path("", include("nearer.core.urls")),
    path("", include("nearer.safety.urls")),
    path("privacy/", include("nearer.privacy.urls")),
    path("journal/", include("nearer.journal.urls")),
    path("checkins/", include("nearer.checkins.urls")),
    path("patterns/", include("nearer.patterns.urls")),
    path("assessments/", include("nearer.assessments.urls")),
    path("practice/thoughts/", include("nearer.thoughts.urls")),
    path("practice/beliefs/", include("nearer.beliefs.urls")),
    path("practice/ladder/", include("nearer.ladder.urls")),
    path("practice/say/", include("nearer.say.urls")),
    path("", include("nearer.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]

handler400 = "nearer.core.views.bad_request"
handler403 = "nearer.core.views.permission_denied"
handler404 = "nearer.core.views.page_not_found"
handler500 = "nearer.core.views.server_error"
handler429 = "nearer.core.views.too_many_requests"  # used by allauth's rate limits
