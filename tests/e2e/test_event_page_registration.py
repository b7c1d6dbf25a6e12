"""A signed-in provider registers from the event page itself, in Finnish and in Swedish: one
step, then the online link appears and My page lists the registration. axe on each page."""

import pytest
from playwright.sync_api import expect

from portal.events.domain import registration_closed_reason
from portal.events.models import Registration
from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.site import PASSWORD, bilingual
from tests.e2e.test_public_pages import assert_accessible


def sign_in(page, base_url, language, email):
    """A new user with a verified address (UserFactory), signed in in the browser."""
    user = factories.UserFactory(email=email, password=PASSWORD)
    page.goto(f"{base_url}/{language}/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    follow(page.locator("main form button[type=submit]").first)
    return user


@pytest.fixture
def event(site):
    """{"fi": an online information session open for registration, "sv": its
    translation}."""
    return bilingual(factories.EventPageFactory(
        title="Tietoisku tarjoajille", event_type="supplier_info", event_format="online",
        online_url="https://meet.example.fi/tietoisku-4711", days=10, capacity=50),
        title="Infopaket för anbudsgivare")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_signed_in_provider_registers_on_the_event_page(page, site, event, language):
    email = f"osallistuja.{language}@example.fi"
    sign_in(page, site.url, language, email)
    event = event[language]
    assert registration_closed_reason(event) is None
    page.goto(site.url + event.url)
    assert_accessible(page)
    expect(page.locator(f'a[href="{event.online_url}"]')).to_have_count(0)

    form = page.locator("form.registration-form")
    follow(form.locator("button[type=submit]"))
    registration = Registration.objects.get(email=email)
    assert registration.status == "confirmed" and registration.language == language
    page.goto(site.url + event.url)
    expect(page.locator(f'a[href="{event.online_url}"]')).to_have_count(1)
    assert_accessible(page)

    page.goto(f"{site.url}/{language}/supplier/")
    expect(page.locator("#dashboard-events").locator("..")).to_contain_text(event.title)
    assert_accessible(page)
