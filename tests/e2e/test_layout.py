"""Every page type at a phone's width (375 × 812) and a desktop's (1,280 × 900), in Finnish and
in Swedish: nothing wider than the viewport or clipped, and a listing's first result on the
first screen of a phone.

The pages are those of tests/e2e/a11y_pages.py (the same list that axe walks), plus every
tender of its calendar (five with lots of every shape), whose lot table is the widest thing
the portal shows. A failure names each
element that overflows (tests/e2e/layout.py).
"""

import pytest

from portal.tenders.models import TenderPage
from tests.e2e.a11y import axe_violations, format_violations
from tests.e2e.a11y_pages import signed_in_pages, visitor_pages
from tests.e2e.layout import FIRST_RESULT, layout_problems
from tests.e2e.navigation import follow
from tests.e2e.site import PASSWORD

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def _sign_in(page, base, language, user):
    page.goto(f"{base}/{language}/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    follow(page.locator("main form button[type=submit]").first)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_page_type_fits_the_screen(browser, site, portal, language, viewport):
    base = site.url
    context = browser.new_context(locale=f"{language}-FI", viewport=viewport)
    page = context.new_page()
    found = {}
    late = {}
    listings = 0

    def check(name, url, status=200):
        nonlocal listings
        response = page.goto(base + url)
        if "#" not in url:
            assert response.status == status, f"{name}: {url} answered {response.status}"
        if problems := layout_problems(page):
            found[f"{name} ({url})"] = problems
        first = page.locator(FIRST_RESULT).first
        if first.count():
            listings += 1
            # The first result's title (its link) is readable without scrolling.
            title = first.locator("a").first
            bottom = title.evaluate("el => el.getBoundingClientRect().bottom + scrollY")
            if viewport is PHONE and bottom > viewport["height"]:
                late[f"{name} ({url})"] = round(bottom)

    tenders = [tender.url for tender in TenderPage.objects.live()
               .filter(locale__language_code=language).order_by("reference")
               if tender.lots.exists()]
    assert len(tenders) == len(portal.calendar) == 5
    for item in visitor_pages(portal, language):
        check(*item)
    for url in tenders:
        check("tender with lots", url)
    _sign_in(page, base, language, portal.supplier.user)
    for item in signed_in_pages(portal, language):
        check(*item)
    context.close()
    # The check does see a listing: the calendar, events, pilot calls and search results.
    assert listings >= 4, f"only {listings} listings with results were checked"
    assert not found, "\n".join(
        f"{name}:\n    " + "\n    ".join(problems) for name, problems in found.items())
    assert not late, "the first result is below the first screen of a phone (its bottom, px): " \
        + ", ".join(f"{name}: {bottom}" for name, bottom in late.items())


def test_the_check_sees_what_overflows(browser, site):
    """An element wider than the screen, a box that hides its content and a scrolling box
    that is not a named region are each reported, by name."""
    context = browser.new_context(locale="fi-FI", viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site.url}/fi/")
    assert layout_problems(page) == []
    # Styled through the DOM: the portal's content-security policy refuses style attributes.
    page.evaluate("""() => {
        const add = (id, style, childWidth) => {
            const box = document.createElement('div');
            box.id = id;
            Object.assign(box.style, style);
            const child = document.createElement('span');
            Object.assign(child.style, {display: 'inline-block', width: childWidth});
            child.textContent = id;
            box.append(child);
            document.querySelector('main .container').append(box);
        };
        add('too-wide', {width: '500px'}, '10px');
        add('hides', {overflow: 'hidden', width: '100px'}, '300px');
        add('scrolls', {overflowX: 'auto', width: '100px'}, '300px');
    }""")
    problems = "\n".join(layout_problems(page))
    assert "the page is" in problems
    assert '<div#too-wide> "too-wide"' in problems and "past the viewport's right edge" in problems
    assert "<div#hides>" in problems and "hides 200 px" in problems
    assert "<div#scrolls>" in problems and "without being a focusable, named region" in problems
    context.close()


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_phone_menu_and_filters_open_from_the_keyboard(browser, site, portal, language):
    """On a phone the header's menu and a listing's filters are closed <details>: named,
    opened with the keyboard, and the count of chosen filters is in the control's name.
    axe finds nothing on the phone layout, with the disclosures closed and open."""
    base = site.url
    context = browser.new_context(locale=f"{language}-FI", viewport=PHONE)
    page = context.new_page()
    pages = dict(item[:2] for item in visitor_pages(portal, language))
    found = {}

    page.goto(base + pages["tender calendar filtered"])
    menu = page.locator(".site-menu__toggle")
    nav = page.locator("nav.main-nav")
    assert menu.is_visible() and not nav.is_visible()
    assert menu.inner_text() == {"fi": "Valikko", "sv": "Meny"}[language]
    if violations := axe_violations(page):
        found["closed"] = violations
    # Keyboard only: the skip link, the brand, then the menu control.
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "site-menu__toggle"
    page.keyboard.press("Enter")
    assert nav.is_visible() and page.locator("#site-search-q").is_visible()
    assert layout_problems(page) == []

    toggle = page.locator(".filters-toggle")
    # municipality, sme and status: three filters chosen.
    label = {"fi": "Rajaukset (3 valittua)", "sv": "Filter (3 valda)"}[language]
    assert " ".join(toggle.text_content().split()) == label
    form = page.locator("form.filters")
    assert not form.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert form.is_visible()
    assert layout_problems(page) == []
    if violations := axe_violations(page):
        found["open"] = violations

    page.goto(base + pages["tender calendar"])
    assert " ".join(page.locator(".filters-toggle").text_content().split()) \
        == {"fi": "Rajaukset", "sv": "Filter"}[language]
    for name in ("tender", "events", "search results", "event registration form"):
        page.goto(base + pages[name])
        if violations := axe_violations(page, chrome=False):
            found[name] = violations
    context.close()
    assert not found, format_violations(found)


def test_desktop_shows_menu_and_filters_without_the_controls(browser, site, portal):
    context = browser.new_context(locale="fi-FI", viewport=DESKTOP)
    page = context.new_page()
    page.goto(f"{site.url}/fi/")
    assert page.locator("nav.main-nav").is_visible()
    assert not page.locator(".site-menu__toggle").is_visible()
    pages = dict(item[:2] for item in visitor_pages(portal, "fi"))
    page.goto(site.url + pages["tender calendar"])
    assert page.locator("form.filters").is_visible()
    assert not page.locator(".filters-toggle").is_visible()
    context.close()


def test_phone_menu_and_filters_work_without_javascript(browser, site, portal):
    context = browser.new_context(locale="sv-FI", viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    pages = dict(item[:2] for item in visitor_pages(portal, "sv"))
    page.goto(site.url + pages["events"])
    nav, form = page.locator("nav.main-nav"), page.locator("form.filters")
    assert not nav.is_visible() and not form.is_visible()
    page.locator(".site-menu__toggle").click()
    assert nav.is_visible()
    page.locator(".filters-toggle").click()
    assert form.is_visible()
    context.close()
