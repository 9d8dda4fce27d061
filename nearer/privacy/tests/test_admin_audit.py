import pytest

from nearer.privacy.models import AccessEvent

pytestmark = pytest.mark.django_db


def test_staff_opening_a_members_account_in_admin_is_logged_for_her(client, member, admin_user):
    client.force_login(admin_user)
    assert client.get(f"/admin/accounts/user/{member.pk}/change/").status_code == 200
    event = AccessEvent.objects.get(member_id=member.pk)
    assert (event.actor_label, event.what, event.why) == (
        "ada@practice.example",
        "account details",
        "opened in the admin",
    )


def test_staff_opening_their_own_account_is_not_an_access(client, admin_user):
    client.force_login(admin_user)
    client.get(f"/admin/accounts/user/{admin_user.pk}/change/")
    assert not AccessEvent.objects.exists()
