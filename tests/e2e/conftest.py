"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server."""

import os
import shutil

import pytest

# Playwright's sync API keeps an event loop running in the test thread, which makes Django
# refuse ORM calls there as "async"; the tests' own ORM calls are in fact synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (see README).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(live_server, transactional_db, django_db_blocker):
    """The seeded demo site in the live server's database.

    Browser tests use the transactional database (the live server runs in another thread),
    which is emptied after each test, so they seed it themselves.
    """
    from wagtail.models import Locale, Page

    from tests.conftest import seed_demo_site

    if not Page.objects.filter(depth=1).exists():
        Locale.objects.get_or_create(language_code="fi")
        Page.add_root(title="Root", locale=Locale.objects.get(language_code="fi"))
    seed_demo_site()
    return live_server


@pytest.fixture
def page(browser, demo_site):
    context = browser.new_context(locale="fi-FI")
    page = context.new_page()
    yield page
    context.close()
