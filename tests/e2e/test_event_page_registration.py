"""A signed-in provider registers from the event page itself, in Finnish and in Swedish: one
step, then the online link appears and My page lists the registration. axe on each page."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from portal.events.domain import registration_closed_reason
from portal.events.models import EventPage, Registration
from tests.e2e.navigation import follow
from tests.e2e.test_public_pages import assert_accessible

PASSWORD = "Pitkä-salalause-2026"


def sign_in(page, base_url, language, email):
    user = get_user_model().objects.create_user(email, email, PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    page.goto(f"{base_url}/{language}/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    follow(page.locator("main form button[type=submit]").first)
    return user


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_signed_in_provider_registers_on_the_event_page(page, events_site, language):
    email = f"osallistuja.{language}@example.fi"
    sign_in(page, events_site.url, language, email)
    event = next(event for event in EventPage.objects.live()
                 .filter(locale__language_code=language, cancelled=False,
                         start__gt=timezone.now(), event_format__in=["online", "hybrid"])
                 .exclude(online_url="").order_by("start")
                 if registration_closed_reason(event) is None)
    page.goto(events_site.url + event.url)
    assert_accessible(page)
    expect(page.locator(f'a[href="{event.online_url}"]')).to_have_count(0)

    form = page.locator("form.registration-form")
    follow(form.locator("button[type=submit]"))
    registration = Registration.objects.get(email=email)
    assert registration.status == "confirmed" and registration.language == language
    page.goto(events_site.url + event.url)
    expect(page.locator(f'a[href="{event.online_url}"]')).to_have_count(1)
    assert_accessible(page)

    page.goto(f"{events_site.url}/{language}/supplier/")
    expect(page.locator("#dashboard-events").locator("..")).to_contain_text(event.title)
    assert_accessible(page)
