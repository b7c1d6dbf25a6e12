"""A user's own data: the JSON download and the deletion of the account."""

import datetime
import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from portal.metrics.models import SignInMonth
from portal.notifications.domain import queue_email
from portal.notifications.enums import EmailStatus
from portal.notifications.models import OutboundEmail
from suppliers import domain, personal_data
from suppliers.enums import MembershipRole
from suppliers.models import Membership, Organisation

pytestmark = pytest.mark.django_db


def url(name, language="fi"):
    with translation.override(language):
        return reverse(f"suppliers:{name}")


def sign_in(client, user, language="fi"):
    """Sign in, then confirm the password again as allauth asks before sensitive steps."""
    client.force_login(user)
    response = client.post(f"/{language}/accounts/reauthenticate/", {"password": "x" * 16})
    assert response.status_code == 302


def test_the_download_holds_account_memberships_and_e_mails(
        client, make_user, make_organisation, django_capture_on_commit_callbacks):
    user = make_user("maija@hoiva.example.fi")
    make_organisation(user, name="Maijan Hoiva Oy")
    with django_capture_on_commit_callbacks(execute=True):
        queue_email(to=user.email, template="test_message", context={}, language="fi")
    queue_email(to="someone.else@example.fi", template="test_message", context={},
                language="fi")
    sign_in(client, user)
    response = client.get(url("download_data"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    data = json.loads(response.content)
    assert data["account"]["email"] == "maija@hoiva.example.fi"
    assert data["account"]["email_addresses"] == [
        {"email": "maija@hoiva.example.fi", "verified": True, "primary": True}]
    assert [m["organisation"] for m in data["memberships"]] == ["Maijan Hoiva Oy"]
    assert [e["to"] for e in data["emails"]] == ["maija@hoiva.example.fi"]
    assert "someone.else" not in response.content.decode()


def test_download_and_deletion_ask_for_the_password_again(client, make_user):
    user = make_user()
    client.force_login(user)  # signed in long ago, as far as allauth knows
    for name in ("download_data", "delete_account"):
        response = client.get(url(name))
        assert response.status_code == 302
        assert response["Location"].startswith("/fi/accounts/reauthenticate/")


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    for name in ("dashboard", "personal_data", "download_data", "delete_account"):
        response = client.get(url(name))
        assert response.status_code == 302
        assert response["Location"].startswith("/fi/accounts/login/"), name


def test_deleting_the_account_removes_the_person_and_keeps_the_organisation(
        client, make_user, make_organisation, django_capture_on_commit_callbacks):
    user = make_user("poistuva@hoiva.example.fi")
    organisation = make_organisation(user, name="Poistuvan Hoiva Oy")
    with django_capture_on_commit_callbacks(execute=True):
        sent = queue_email(to=user.email, template="test_message", context={},
                           language="fi")
    waiting = queue_email(to=user.email, template="test_message", context={}, language="fi")
    sign_in(client, user)

    response = client.post(url("delete_account"), {})
    assert response.status_code == 200  # the box was not ticked
    assert "Poistuvan Hoiva Oy" in response.content.decode()  # left with no members
    assert "error-summary" in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()

    response = client.post(url("delete_account"), {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/fi/"
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email=user.email).exists()
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    assert not Membership.objects.filter(organisation=organisation).exists()
    sent.refresh_from_db()
    assert sent.to == personal_data.REDACTED_ADDRESS and sent.text_body == ""
    assert sent.status == EmailStatus.SENT
    assert not OutboundEmail.objects.filter(pk=waiting.pk).exists()
    assert "_auth_user_id" not in client.session
    assert client.get(url("dashboard")).status_code == 302


def test_the_last_admin_of_an_organisation_with_members_must_hand_over_first(
        client, make_user, make_organisation, add_member):
    user = make_user()
    organisation = make_organisation(user, name="Yhteinen Oy")
    member = add_member(organisation)
    sign_in(client, user)
    html = client.get(url("personal_data")).content.decode()
    assert "Yhteinen Oy" in html
    response = client.post(url("delete_account"), {"confirm": "on"})
    assert response.status_code == 200
    assert get_user_model().objects.filter(pk=user.pk).exists()

    membership = Membership.objects.get(user=member, organisation=organisation)
    domain.change_role(user, membership, MembershipRole.ADMIN)
    response = client.post(url("delete_account"), {"confirm": "on"})
    assert response.status_code == 302
    assert Membership.objects.admins().get(organisation=organisation).user == member


def test_staff_accounts_are_not_deleted_from_the_portal(client, make_user):
    user = make_user()
    user.is_staff = True
    user.save()
    sign_in(client, user)
    response = client.post(url("delete_account"), {"confirm": "on"})
    assert response.status_code == 200
    assert get_user_model().objects.filter(pk=user.pk).exists()


def test_sign_in_months_are_in_the_download_and_go_with_the_account(make_user,
                                                                    make_organisation):
    """The months kept for the active-users figure are the user's own data."""
    user = make_user("kirjautuja@hoiva.example.fi")
    make_organisation(user, name="Kirjautujan Hoiva Oy")  # a member now: this month counts
    SignInMonth.objects.get_or_create(user=user, month=datetime.date(2026, 1, 1))
    other = make_user("toinen@hoiva.example.fi")
    SignInMonth.objects.create(user=other, month=datetime.date(2026, 2, 1))

    months = personal_data.export_data(user)["sign_in_months"]
    assert months[0] == "2026-01" and "2026-02" not in months
    assert months == sorted(months) and len(months) == 2  # January and the current month

    personal_data.delete_account(user)
    assert not SignInMonth.objects.filter(user_id=user.pk).exists()
    assert SignInMonth.objects.filter(user=other).count() == 1
