"""A visitor's first steps in Chromium, in Finnish and Swedish, checked with axe."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.site import bilingual

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def assert_accessible(page):
    # Contrast is only checked for real when the portal's stylesheet has loaded.
    header_background = page.locator(".site-header").evaluate(
        "element => getComputedStyle(element).backgroundColor")
    assert header_background == "rgb(0, 58, 112)"
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_A_AA}})
    violations = results.response["violations"]
    assert violations == [], "\n".join(
        f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']]})" for v in violations
    )


@pytest.fixture
def content_page(site):
    """{"fi": a content page with an FAQ (an accordion block), "sv": its translation}."""
    return bilingual(factories.StandardPageFactory(
        title="Markkinavuoropuhelu", intro="Miten hyvinvointialue keskustelee tuottajien kanssa.",
        body=[("paragraph", "<p>Markkinavuoropuhelu on avointa kaikille tuottajille.</p>"),
              ("accordion", {"heading": "Usein kysyttyä", "items": [
                  {"question": "Maksaako portaalin käyttö jotain?",
                   "answer": "<p>Ei. Portaalin käyttö on maksutonta.</p>"},
                  {"question": "Kuka voi osallistua?",
                   "answer": "<p>Kaikki palveluntuottajat.</p>"}]})]),
        title="Marknadsdialog", intro="Hur välfärdsområdet för dialog med producenterna.")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_home_page_is_accessible(page, site, language):
    page.goto(f"{site.url}/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_content_page_is_accessible(page, site, content_page, language):
    content_page = content_page[language]
    page.goto(site.url + content_page.url)
    assert page.locator("h1").inner_text() == content_page.title
    assert_accessible(page)


def test_first_visit_follows_the_browsers_language(browser, site):
    context = browser.new_context(locale="sv-FI")
    page = context.new_page()
    page.goto(site.url + "/")
    assert page.url == site.url + "/sv/"
    assert page.locator("html").get_attribute("lang") == "sv"
    context.close()


def test_language_switch_leads_to_the_same_page_in_swedish(page, site, content_page):
    swedish = content_page["sv"]
    page.goto(site.url + content_page["fi"].url)
    follow(page.get_by_role("navigation", name="Kieli").get_by_role("link", name="Svenska"))
    page.wait_for_url(site.url + swedish.url)
    assert page.locator("h1").inner_text() == swedish.title


def test_skip_link_moves_focus_to_the_content(page, site):
    page.goto(site.url + "/fi/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Siirry sisältöön")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_faq_opens_without_javascript(browser, site, content_page):
    context = browser.new_context(locale="fi-FI", java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url + "/fi/")
    faq_page = content_page["fi"]
    assert any(block.block_type == "accordion" for block in faq_page.body)
    page.goto(site.url + faq_page.url)
    summary = page.locator("details.accordion__item summary").first
    answer = page.locator("details.accordion__item .accordion__answer").first
    expect(answer).to_be_hidden()
    summary.click()
    expect(answer).to_be_visible()
    context.close()
