"""Staff reach the Wagtail admin through the portal's sign-in, with a second factor."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user(
        "virkailija@example.fi", "virkailija@example.fi", "Vahva-salasana-2026",
        is_staff=True, is_superuser=True)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def current_code(secret):
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def test_wagtails_own_login_page_sends_staff_to_the_portals_sign_in(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/login/?next=%2Fadmin%2Fpages%2F"
    # Its password form cannot be used to get past the second factor either.
    assert client.post("/admin/login/", {"username": "x", "password": "y"}).status_code == 302


@override_settings(STAFF_REQUIRE_MFA=True)
def test_staff_without_an_authenticator_are_sent_to_set_one_up(client, staff):
    client.force_login(staff)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/2fa/totp/activate/"
    assert client.get("/fi/").status_code == 200  # the public site is not affected


@override_settings(STAFF_REQUIRE_MFA=True)
def test_a_reviewer_let_in_by_a_group_needs_the_second_factor_too(client, django_user_model):
    """Pilot reviewers reach the admin through their group's permission, not is_staff."""
    from django.contrib.auth.models import Group

    reviewer = django_user_model.objects.create_user(
        "arvioija@example.fi", "arvioija@example.fi", "Vahva-salasana-2026")
    reviewer.groups.add(Group.objects.get(name="Pilot reviewers"))
    assert not reviewer.is_staff
    client.force_login(reviewer)
    response = client.get("/admin/pilots/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/2fa/totp/activate/"
    secret = generate_totp_secret()
    TOTP.activate(reviewer, secret)
    # The app is set up, but this session has not used it yet: the code first.
    response = client.get("/admin/pilots/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fpilots%2F"
    response = client.post(response["Location"], {"code": current_code(secret)})
    assert response.status_code == 302 and response["Location"] == "/admin/pilots/"
    assert client.get("/admin/").status_code == 200


@override_settings(STAFF_REQUIRE_MFA=True)
def test_a_session_signed_in_without_the_code_is_asked_for_it(client, staff):
    """Whatever path signed a staff member in with a password alone, the admin asks for the
    code of the app they have set up before it opens."""
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    client.force_login(staff)  # a sign-in that never saw the second factor
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/2fa/reauthenticate/")
    assert client.post(response["Location"], {"code": "000000"}).status_code == 200
    assert client.get("/admin/pages/").status_code == 302  # a wrong code changed nothing
    client.post(response["Location"], {"code": current_code(secret)})
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/fi/").status_code == 200  # the public site never asked


@override_settings(STAFF_REQUIRE_MFA=True)
def test_staff_sign_in_with_password_and_code_and_reach_the_admin(client, staff):
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    response = client.post("/fi/accounts/login/?next=/admin/",
                           {"login": staff.email, "password": "Vahva-salasana-2026"})
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/2fa/authenticate/")
    assert client.get("/admin/").status_code == 302  # not signed in before the code
    response = client.post("/fi/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200  # a wrong code is refused on the same page
    response = client.post("/fi/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@override_settings(STAFF_REQUIRE_MFA=True)
def test_suppliers_may_set_up_two_factor_authentication_too(client, django_user_model):
    supplier = django_user_model.objects.create_user("toimittaja@example.fi",
                                                     "toimittaja@example.fi", "x" * 16)
    EmailAddress.objects.create(user=supplier, email=supplier.email, verified=True,
                                primary=True)
    client.post("/sv/accounts/login/", {"login": supplier.email, "password": "x" * 16})
    overview = client.get("/sv/accounts/2fa/")
    assert overview.status_code == 200
    assert 'href="/sv/accounts/2fa/totp/activate/"' in overview.content.decode()
    # Setting it up asks for the password once more, in the user's language.
    response = client.get("/sv/accounts/2fa/totp/activate/", follow=True)
    assert response.status_code == 200
    assert '<html lang="sv">' in response.content.decode()


def test_production_requires_the_second_factor_by_default():
    from tests.core.test_settings import PRODUCTION, run_manage

    code = "from django.conf import settings as s; print(s.STAFF_REQUIRE_MFA)"
    result = run_manage("shell", "-v", "0", "-c", code, **PRODUCTION)
    assert result.stdout.strip() == "True", result.stderr


@override_settings(STAFF_REQUIRE_MFA=True)
def test_the_private_pages_password_form_cannot_skip_the_second_factor(client, staff):
    """Wagtail's sign-in for private pages (/_util/login/) took a password alone, and the
    admin then opened for a staff member whose authenticator was set up: it now sends to the
    portal's sign-in, and its form cannot be posted to."""
    TOTP.activate(staff, generate_totp_secret())
    response = client.get("/fi/_util/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/accounts/login/?next=%2Fadmin%2F"
    client.post("/fi/_util/login/?next=/admin/",
                {"username": staff.email, "password": "Vahva-salasana-2026"})
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_private_pages_send_visitors_to_the_portals_sign_in(settings):
    assert settings.WAGTAIL_FRONTEND_LOGIN_URL == "account_login"
