"""Security headers and the admin's front door."""

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
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fi/accounts/login/")


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
