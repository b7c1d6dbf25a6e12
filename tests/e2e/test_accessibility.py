"""Every public and supplier page type of the portal, in Finnish and in Swedish, through axe's
WCAG 2.1 A/AA rules in Chromium.

One test per language walks the URLs of tests/e2e/a11y_pages.py, of one page of every type
built with the test factories, with one browser page against the one live server: first as a
visitor, then the error pages, then signed in as the provider's user it built. Every
violation on every page is collected before the test fails, so one run lists them all.
"""

import contextlib
import logging
import time

import pytest
from django.test import override_settings

from tests.e2e.a11y import axe_violations, format_violations
from tests.e2e.a11y_pages import error_pages, signed_in_pages, visitor_pages
from tests.e2e.navigation import follow
from tests.e2e.site import PASSWORD


@contextlib.contextmanager
def quiet(*loggers):
    for name in loggers:
        logging.getLogger(name).disabled = True
    try:
        yield
    finally:
        for name in loggers:
            logging.getLogger(name).disabled = False


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_page_type_passes_axe(browser, site, portal, language):
    base = site.url
    email = portal.supplier.user.email
    context = browser.new_context(locale=f"{language}-FI")
    page = context.new_page()
    found = {}
    checked = []
    started = time.monotonic()

    def check(name, url, status=200):
        response = page.goto(base + url)
        if "#" not in url:  # (a fragment on the same page is no new request)
            assert response.status == status, f"{name}: {url} answered {response.status}"
        assert page.locator("html").get_attribute("lang") == language, name
        # The header and footer with the first page signed out and the first signed in.
        chrome = name in ("home", "my page") or status >= 500
        checked.append(name)
        violations = axe_violations(page, chrome=chrome)
        if violations:
            found[f"{name} ({url})"] = violations

    for item in visitor_pages(portal, language):
        check(*item)
        if item[0] == "tender at a lot":
            # The link to a lot lands on that lot's row, in view.
            row = page.locator("#lot-2")
            assert row.evaluate("element => element.matches(':target')")
            assert row.is_visible() and row.bounding_box()["y"] < page.viewport_size["height"]

    for item in error_pages(language):
        check(*item)
    # The 500 page, from a view that fails, and the page of a form sent with an outdated
    # security token (a page left open past its session); the errors they log are expected.
    with quiet("django.request", "django.security.csrf"):
        with override_settings(ROOT_URLCONF="tests.core.failing_urls"):
            check("server error", f"/{language}/fail/", 500)
        page.goto(f"{base}/{language}/accounts/login/")
        page.locator("input[name=csrfmiddlewaretoken]").evaluate(
            "input => { input.value = 'x'.repeat(64); }")
        page.locator("#id_login").fill(email)
        page.locator("#id_password").fill(PASSWORD)
        with page.expect_response(lambda response: response.request.method == "POST") as sent:
            follow(page.locator("main form button[type=submit]").first)
        assert sent.value.status == 403
        assert page.locator("html").get_attribute("lang") == language
        checked.append("form refused for its security token")
        if violations := axe_violations(page):
            found["form refused for its security token"] = violations

    page.goto(f"{base}/{language}/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    follow(page.locator("main form button[type=submit]").first)
    assert page.locator(".account-nav a[href$='/accounts/logout/']").count() == 1
    for item in signed_in_pages(portal, language):
        check(*item)

    # axe does see a violation here: an image without a text alternative.
    page.evaluate("document.querySelector('main').append(document.createElement('img'))")
    assert "image-alt" in {violation["id"] for violation in axe_violations(page)}
    context.close()
    print(f"\n{language}: {len(checked)} pages in {time.monotonic() - started:.1f} s")
    assert not found, format_violations(found)
