"""A provider looks for work in the procurement calendar, in Finnish and in Swedish."""

import pytest
from playwright.sync_api import expect

from portal.tenders.models import TenderIndexPage, TenderPage
from tests.e2e.navigation import follow
from tests.e2e.site import built_once, make_calendar
from tests.e2e.test_public_pages import assert_accessible

LABELS = {
    "fi": {"municipality": "Pietarsaari", "sme": "pk-yrityksille", "show": "Näytä hankinnat"},
    "sv": {"municipality": "Jakobstad", "sme": "smf", "show": "Visa upphandlingar"},
}



@pytest.fixture
def calendar(site):
    """Five tenders with lots, in Finnish and Swedish (tests/e2e/site.py's make_calendar):
    two of them in Jakobstad (598) with SME-sized lots, one open for tenders. Built once,
    then restored from a snapshot."""
    return built_once("e2e_calendar", make_calendar)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_filter_the_calendar_and_open_a_tender(page, site, calendar, language):
    index = TenderIndexPage.objects.get(locale__language_code=language)
    page.goto(site.url + index.url)
    assert_accessible(page)

    # Only tenders in Jakobstad with lots that suit small enterprises.
    page.get_by_label(LABELS[language]["municipality"], exact=True).check()
    page.locator("#id_sme").check()
    follow(page.get_by_role("button", name=LABELS[language]["show"]))
    page.wait_for_url("**sme=on**")
    assert "municipality=598" in page.url

    expected = TenderPage.objects.live().filter(
        locale__language_code=language, municipalities__code="598").distinct()
    cards = page.locator(".tender-card")
    expect(cards.first).to_be_visible()
    shown = set(cards.locator(".tender-card__title a").all_inner_texts())
    assert shown and shown <= {tender.title for tender in expected}
    assert shown == {calendar[name][language].title for name in ("home_care", "housing")}
    assert_accessible(page)

    # The filters survive in the URL: a reload shows the same list.
    page.reload()
    assert set(cards.locator(".tender-card__title a").all_inner_texts()) == shown

    follow(cards.first.locator(".tender-card__title a"))
    tender = TenderPage.objects.get(locale__language_code=language,
                                    title=page.locator("h1").inner_text())
    assert page.locator("html").get_attribute("lang") == language
    assert tender.lots.exists()
    expect(page.locator("table.lots tbody tr")).to_have_count(tender.lots.count())
    assert_accessible(page)


def test_the_calendar_works_without_javascript(browser, site, calendar):
    context = browser.new_context(locale="fi-FI", java_script_enabled=False)
    page = context.new_page()
    index = TenderIndexPage.objects.get(locale__language_code="fi")
    page.goto(site.url + index.url)
    page.locator("#id_status_2").check()  # open for tenders
    follow(page.get_by_role("button", name="Näytä hankinnat"))
    assert "status=open" in page.url
    statuses = set(page.locator(".tender-card .status").all_inner_texts())
    assert len(statuses) == 1
    assert page.locator(".tender-card__title a").all_inner_texts() == [
        calendar["child_welfare"]["fi"].title]
    context.close()


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_month_calendar_is_accessible(page, site, calendar, language):
    index = TenderIndexPage.objects.get(locale__language_code=language)
    tender = calendar["home_care"][language]
    page.goto(f"{site.url}{index.url}calendar/?year={tender.planned_publication.year}")
    expect(page.locator("main")).to_contain_text(tender.title)
    assert_accessible(page)
