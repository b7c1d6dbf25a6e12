"""Accounts through allauth, as the portal sets them up: language kept, e-mail branded."""

import re

import pytest
from django.core import mail

from portal.notifications.enums import EmailStatus
from portal.notifications.models import OutboundEmail

pytestmark = pytest.mark.django_db


def test_signing_in_keeps_the_language_the_user_was_using(client, django_user_model):
    user = django_user_model.objects.create_user("a@example.fi", "a@example.fi", "x" * 16)
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    response = client.post("/sv/accounts/login/", {"login": "a@example.fi", "password": "x" * 16},
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/sv/"


def test_the_sign_in_link_returns_to_the_page_being_read(client):
    html = client.get("/sv/nyheter/").content.decode()
    assert 'href="/sv/accounts/login/?next=/sv/nyheter/"' in html


def test_sign_up_sends_a_verification_e_mail_from_the_portal_in_swedish(
        client, django_capture_on_commit_callbacks, organisation_details):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/sv/accounts/signup/", {
            "email": "ny.leverantor@example.fi", "password1": "Lång-lösenfras-2026",
            "password2": "Lång-lösenfras-2026"})
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert message.to == ["ny.leverantor@example.fi"]
    assert message.from_email.startswith("Marknadsdialog och upphandlingar <")
    assert message.body.startswith("Hej från Marknadsdialog och upphandlingar")
    assert "ny.leverantor" not in message.body.replace("ny.leverantor@example.fi", "")
    link = re.search(r"https://testserver(/sv/accounts/confirm-email/\S+)", message.body)
    assert link, message.body
    confirm = client.get(link.group(1))
    assert confirm.status_code == 200
    assert '<html lang="sv">' in confirm.content.decode()

    # The message went through the outbox, which kept the link from staff and then forgot it.
    stored = OutboundEmail.objects.get(to="ny.leverantor@example.fi")
    assert stored.status == EmailStatus.SENT and stored.confidential
    assert stored.text_body == "" and stored.language == "sv"
    assert "confirm-email" not in str(stored.get_text_body_display())


def test_the_swedish_sign_in_page_asks_to_register_first(client):
    html = client.get("/sv/accounts/login/").content.decode()
    assert "registrera dig" in html
    assert "Har du redan ett konto" not in html


def test_account_pages_have_the_account_menu(client, django_user_model):
    user = django_user_model.objects.create_user("b@example.fi", "b@example.fi", "x" * 16)
    client.force_login(user)
    html = client.get("/fi/accounts/email/").content.decode()
    menu = html[html.index('class="account-menu"'):]
    menu = menu[:menu.index("</nav>")]
    assert 'href="/fi/accounts/password/change/"' in menu
    assert 'aria-current="page">Sähköpostiosoitteet' in menu


def test_the_finnish_verification_reads_naturally(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/fi/accounts/signup/", {
            "email": "uusi@example.fi", "password1": "Pitkä-salalause-2026",
            "password2": "Pitkä-salalause-2026"})
    message = mail.outbox[-1]
    assert message.body.startswith("Hei! Tämä viesti tulee palvelusta ")
    link = re.search(r"https://testserver(/fi/accounts/confirm-email/\S+)", message.body)
    html = client.get(link.group(1)).content.decode()
    assert "uusi@example.fi</a> on sähköpostiosoitteesi." in html
