"""A provider's first visit, in Finnish and in Swedish: sign up, confirm the e-mail address,
register the organisation, register interest in two lots of a tender, create an alert.
Every page on the way is checked with axe."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from suppliers.alerts.models import AlertSubscription
from suppliers.interests.models import TenderInterest
from suppliers.models import Membership, Organisation
from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.site import bilingual
from tests.e2e.test_public_pages import assert_accessible

TEXT = {
    "fi": {"sign_up": "Rekisteröidy", "register_org": "Rekisteröi organisaatio",
           "register": "Rekisteröi", "my_page": "Oma sivu", "alert": "Kotihoidon hankinnat"},
    "sv": {"sign_up": "Registrera dig", "register_org": "Registrera en organisation",
           "register": "Registrera", "my_page": "Min sida", "alert": "Hemvårdens upphandlingar"},
}
BUSINESS_IDS = {"fi": "2077474-0", "sv": "0737546-2"}


def sign_up_and_confirm(page, base_url, language, email):
    page.goto(f"{base_url}/{language}/accounts/signup/")
    assert_accessible(page)
    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill("Hyvä salasana 2026!")
    page.locator("#id_password2").fill("Hyvä salasana 2026!")
    follow(page.locator("main form button[type=submit]").first)
    page.wait_for_url(re.compile(r"/accounts/confirm-email/"))
    assert_accessible(page)

    message = next(m for m in reversed(mail.outbox) if email in m.to)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    page.goto(base_url + link[link.index(f"/{language}/accounts/"):])
    assert_accessible(page)
    follow(page.locator("main form button[type=submit]"))


def register_organisation(page, base_url, language, name):
    page.goto(f"{base_url}/{language}/supplier/new/")
    assert_accessible(page)
    page.locator("#id_name").fill(name)
    page.locator("#id_business_id").fill(BUSINESS_IDS[language].replace("-", ""))
    page.locator("#id_organisation_type").select_option("association")
    page.locator("#id_headcount_band").select_option("micro")
    page.locator("#id_turnover_band").select_option("micro")
    follow(page.locator("main form button[type=submit]"))
    assert_accessible(page)


@pytest.fixture
def tender(site):
    """{"fi": a planned tender with two lots taking expressions of interest (no deadline),
    "sv": its translation}."""
    return bilingual(factories.TenderPageFactory(
        title="Kotihoidon tukipalvelut", service_areas=["home-care-support"],
        lots=[{"title": "Ateriapalvelu", "annual_value": 300000},
              {"title": "Siivous- ja asiointipalvelu", "annual_value": 150000}]),
        title="Stödtjänster inom hemvården")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_provider_signs_up_and_follows_a_tender(page, site, tender, language):
    email = f"uusi.{language}@yhdistys.example.fi"
    name = {"fi": "Kylän Hoivayhdistys ry", "sv": "Byns Vårdförening rf"}[language]
    sign_up_and_confirm(page, site.url, language, email)
    register_organisation(page, site.url, language, name)
    organisation = Organisation.objects.get(business_id=BUSINESS_IDS[language])
    assert organisation.name == name
    assert Membership.objects.admins().get(organisation=organisation).user.email == email

    # Interest in two lots of a tender that still takes expressions of interest.
    tender = tender[language]
    page.goto(site.url + tender.url)
    form = page.locator("form.interest-form")
    expect(form).to_be_visible()
    assert_accessible(page)
    form.locator("input[name=mode][value=consortium]").check()
    form.locator("input[name=lots]").nth(0).check()
    form.locator("input[name=lots]").nth(1).check()
    form.locator("textarea[name=capacity], input[name=capacity]").fill("40 asiakasta")
    follow(form.locator("button[type=submit]"))
    page.wait_for_url(re.compile(re.escape(tender.url)))
    expect(page.locator(".messages")).to_be_visible()
    assert_accessible(page)
    interest = TenderInterest.objects.get(organisation=organisation)
    assert interest.mode == "consortium" and len(interest.lot_keys) == 2
    assert interest.language == language

    # An alert for the organisation's line of work.
    page.goto(f"{site.url}/{language}/supplier/alerts/new/")
    assert_accessible(page)
    page.locator("#id_name").fill(TEXT[language]["alert"])
    page.locator("input[name=service_areas]").first.check()
    page.locator("input[name=frequency][value=weekly]").check()
    follow(page.locator("main form button[type=submit]").first)
    page.wait_for_url(re.compile(r"/supplier/alerts/$"))
    assert_accessible(page)
    alert = AlertSubscription.objects.get(user__email=email)
    assert alert.name == TEXT[language]["alert"] and alert.frequency == "weekly"
    assert alert.language == language

    # My page shows the organisation, the followed tender and the alert.
    page.goto(f"{site.url}/{language}/supplier/")
    expect(page.locator("h1")).to_have_text(TEXT[language]["my_page"])
    main = page.locator("main")
    expect(main).to_contain_text(name)
    expect(main).to_contain_text(tender.title)
    expect(main).to_contain_text(TEXT[language]["alert"])
    assert_accessible(page)
