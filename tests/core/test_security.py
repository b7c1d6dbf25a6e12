"""Security headers on every page type, secure cookies, sign-in and sign-up rate limits, and
the admin's front door."""

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_send_a_strict_content_security_policy(client):
    response = client.get("/fi/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "unsafe-inline" not in policy


def test_pages_make_no_third_party_requests(client):
    html = client.get("/fi/").content.decode()
    for attribute in ("src=", "href="):
        for value in html.split(attribute)[1:]:
            url = value[1:value.index(value[0], 1)]
            assert not url.startswith(("http://", "https://", "//")) or (
                url.startswith("http://testserver") or url.startswith("mailto:")
            ), url


def test_the_admin_sends_staff_to_the_portals_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/login/?next=/admin/")


def test_a_supplier_is_kept_out_of_the_admin(client, django_user_model):
    supplier = django_user_model.objects.create_user("toimittaja@example.fi",
                                                     "toimittaja@example.fi", "x" * 16)
    client.force_login(supplier)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403 and not response.redirect_chain
    assert "Ylläpito on hyvinvointialueen henkilöstölle" in response.content.decode()


def test_responses_forbid_sniffing_and_framing_by_others(client):
    response = client.get("/fi/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_a_form_refused_for_its_security_token_gets_the_portals_page_in_its_language():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        "/sv/accounts/login/", {"login": "leverantor@example.fi", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert 'class="site-header"' in html and '<main id="main-content"' in html


# --- Every page type: the content-security policy and the security headers -----------------

def page_addresses(make_user, make_organisation):
    """One address of every public and supplier page type (signed-in ones marked)."""
    from portal.news.models import NewsIndexPage
    from tests.events.helpers import make_event
    from tests.factories import (
        AccessibilityStatementPageFactory,
        NewsArticlePageFactory,
        PrivacyNoticePageFactory,
        StandardPageFactory,
        index_page,
    )
    from tests.pilots.helpers import make_call, make_proposal
    from tests.tenders.helpers import make_tender

    supplier = make_user()
    organisation = make_organisation(supplier)
    call = make_call()
    proposal = make_proposal(call, organisation, supplier)
    tender = make_tender()
    public = ["/fi/", "/sv/", tender.url, tender.get_parent().url, make_event().url,
              call.url, call.get_parent().url, "/fi/search/?q=hoiva", "/fi/ei-tallaista/",
              "/fi/accounts/login/", "/fi/accounts/signup/"]
    public += [page.url for page in (
        StandardPageFactory(), index_page(NewsIndexPage), NewsArticlePageFactory(),
        AccessibilityStatementPageFactory(), PrivacyNoticePageFactory())]
    signed_in = ["/fi/supplier/", f"/fi/supplier/{organisation.pk}/", "/fi/supplier/alerts/",
                 "/fi/events/my-registrations/", f"/fi/pilots/proposals/{proposal.public_id}/",
                 f"/fi/pilots/proposals/{proposal.public_id}/edit/", "/fi/supplier/interests/"]
    return supplier, public, signed_in


def assert_secure_headers(response, address):
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, address
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'",
                      "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                      "form-action 'self'"):
        assert directive in policy, (address, directive)
    assert response["X-Content-Type-Options"] == "nosniff", address
    assert response["X-Frame-Options"] == "DENY", address
    assert response["Referrer-Policy"] == "same-origin", address
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", address
    assert "camera=()" in response["Permissions-Policy"], address
    assert "geolocation=()" in response["Permissions-Policy"], address
    # Over HTTPS, browsers are told to use nothing else for a year.
    assert response["Strict-Transport-Security"].startswith("max-age=31536000"), address


def test_every_public_and_supplier_page_type_sends_the_policy_and_headers(
        client, make_user, make_organisation):
    supplier, public, signed_in = page_addresses(make_user, make_organisation)
    for address in public:
        response = client.get(address, secure=True)
        assert response.status_code in {200, 404}, address
        assert_secure_headers(response, address)
    client.force_login(supplier)
    for address in signed_in:
        response = client.get(address, secure=True)
        assert response.status_code == 200, address
        assert_secure_headers(response, address)


def test_the_permissions_policy_switches_off_every_listed_feature(client, settings):
    header = client.get("/fi/")["Permissions-Policy"]
    assert header.split(", ") == [f"{feature}=()" for feature in settings.PERMISSIONS_POLICY]


def test_session_csrf_and_language_cookies_are_secure_httponly_and_same_site(
        client, make_user):
    user = make_user("keksi@example.fi")
    client.get("/fi/accounts/login/", secure=True)
    response = client.post("/fi/accounts/login/", {"login": user.email, "password": "x" * 16},
                           secure=True)
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    csrf = client.cookies["csrftoken"]
    assert csrf["secure"] and csrf["samesite"] == "Lax"
    language = client.get("/sv/", secure=True).cookies.get("django_language")
    if language is not None:
        assert language["secure"] and language["samesite"] == "Lax"


# --- Rate limits of sign-in and sign-up ---------------------------------------------------

@pytest.mark.parametrize(("language", "message"), [
    ("fi", "Liian monta virheellistä kirjautumisyritystä"),
    ("sv", "För många misslyckade inloggningsförsök"),
])
def test_the_sixth_sign_in_after_five_wrong_passwords_is_refused(client, make_user, language,
                                                                 message):
    user = make_user(f"arvaaja-{language}@example.fi")
    address = f"/{language}/accounts/login/"
    for _ in range(5):
        response = client.post(address, {"login": user.email, "password": "väärä-salasana"})
        assert response.status_code == 200
        assert message not in response.content.decode()
    # Even the right password is refused now: guessing cannot go on.
    response = client.post(address, {"login": user.email, "password": "x" * 16})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_eleventh_sign_up_in_a_minute_from_one_address_is_refused(client, language):
    from django.utils import translation

    address = f"/{language}/accounts/signup/"
    for number in range(10):
        response = client.post(address, {"email": f"uusi{number}@example.fi",
                                         "password1": "lyhyt", "password2": "lyhyt"})
        assert response.status_code == 200  # the form again (the password is too short)
    response = client.post(address, {"email": "uusi10@example.fi", "password1": "lyhyt",
                                     "password2": "lyhyt"})
    assert response.status_code == 429
    html = response.content.decode()
    # The portal's own page in the reader's language, not allauth's bare English fallback.
    assert f'lang="{language}"' in html
    assert "429 Too Many Requests" not in html
    with translation.override(language):
        assert translation.gettext("Too many attempts") in html
        assert translation.gettext("You have tried too many times in a short while. Wait a "
                                   "few minutes and try again.") in html


def test_rate_limits_are_counted_per_user_not_per_session(client, make_user):
    """A new session (cookies thrown away) does not reset the failed sign-ins of an address."""
    from django.test import Client

    user = make_user("sitkea@example.fi")
    for _ in range(5):
        Client().post("/fi/accounts/login/", {"login": user.email, "password": "väärä"})
    response = client.post("/fi/accounts/login/", {"login": user.email, "password": "x" * 16})
    assert "Liian monta virheellistä kirjautumisyritystä" in response.content.decode()
