"""Staff opening a member's account in the Django admin is an access by someone else: log it."""

from django.contrib import admin

from nearer.accounts.admin import UserAdmin
from nearer.accounts.models import User
from nearer.privacy import audit


class AuditedUserAdmin(UserAdmin):
    def change_view(self, request, object_id, form_url="", extra_context=None):
        member = self.get_object(request, admin.utils.unquote(object_id))
        if member is not None and request.method == "GET":
            audit.record_access(
                actor=audit.Actor.of(request.user),
                member_id=member.pk,
                what="account details",
                why="opened in the admin",
            )
        return super().change_view(request, object_id, form_url, extra_context)


if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, AuditedUserAdmin)
