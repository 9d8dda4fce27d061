from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from nearer.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    """Staff manage who has which role here; members' private content is never shown in admin."""

    ordering = ("email",)
    list_display = ("email", "role", "is_active", "is_staff", "date_joined")
    list_filter = ("role", "is_active", "is_staff")
    search_fields = ("email",)
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Role", {"fields": ("role", "is_active", "is_staff", "is_superuser")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "role", "password1", "password2")}),)
    readonly_fields = ("last_login", "date_joined")
    filter_horizontal = ()


# Second factors and session lists are the member's own business: their secrets and
# devices are not shown to staff. Groups are unused (roles live on the user).
def _unregister(model) -> None:
    if admin.site.is_registered(model):
        admin.site.unregister(model)


def hide_private_admin() -> None:
    """Called from the URL conf, once every app's admin module has registered its models."""
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession
    from django.contrib.auth.models import Group

    for model in (Authenticator, UserSession, Group):
        _unregister(model)
