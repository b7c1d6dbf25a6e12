"""A guest registers for an event in Finnish and in Swedish from the event page's link to the
registration page, confirms through the e-mailed link, and cancels; the pages pass axe's
WCAG 2.1 A/AA rules."""

import re

import pytest

from portal.events.models import Registration
from portal.notifications.models import OutboundEmail
from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.test_public_pages import assert_accessible


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_guest_registers_confirms_and_cancels(page, site, language):
    event = factories.EventPageFactory(
        title="Hankintakoulutus", days=7, event_format="online",
        online_url="https://meet.example.fi/koulutus", capacity=5, questions=[
            {"label": "Ruokavalio", "kind": "short_text"},
            {"label": "Kieli", "kind": "choice", "choices": "suomi\nruotsi", "required": True}])
    if language == "sv":
        event = factories.translate(event, "sv", title="Upphandlingsutbildning")
    # From the event page (served from the page cache to visitors), a link to the form.
    page.goto(site.url + event.url)
    link_name = {"fi": "Ilmoittaudu tapahtumaan", "sv": "Anmäl dig till evenemanget"}[language]
    follow(page.get_by_role("main").get_by_role("link", name=link_name))
    assert page.url == f"{site.url}/{language}/events/{event.pk}/register/"
    assert_accessible(page)
    # Sent without the required answer: the error summary, and nothing typed is lost.
    page.locator("#registration-name").fill("Maija Meikäläinen")
    page.locator("#registration-email").fill("maija@example.fi")
    follow(page.locator("main button[type=submit]"))
    expect_summary = page.locator(".error-summary")
    assert expect_summary.is_visible()
    assert page.locator("#registration-name").input_value() == \
        "Maija Meikäläinen"
    assert_accessible(page)
    page.get_by_label("ruotsi").check()
    follow(page.locator("main button[type=submit]"))
    registration = Registration.objects.get(email="maija@example.fi")
    assert registration.status == "pending" and registration.language == language
    email = OutboundEmail.objects.get(to="maija@example.fi", template="events_confirm_guest")
    link = re.search(r"https?://\S+/confirm/\S+/", email.text_body).group(0)
    path = link.split("testserver", 1)[-1]
    page.goto(f"{site.url}{path}")
    assert_accessible(page)
    follow(page.locator("main button[type=submit]"))
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    confirmed = OutboundEmail.objects.get(to="maija@example.fi", template="events_confirmed")
    cancel = re.search(r"https?://\S+/cancel/\S+/", confirmed.text_body).group(0)
    page.goto(f"{site.url}{cancel.split('testserver', 1)[-1]}")
    follow(page.locator("main button[type=submit]"))
    registration.refresh_from_db()
    assert registration.status == "cancelled"
