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
def site(live_server, transactional_db):
    """The live server, serving the bilingual site of tests/e2e/site.py.

    Browser tests use the transactional database (the live server runs in another thread).
    The first test to ask for the site builds it with the factories and snapshots it; later
    ones restore the snapshot (tests/db_snapshot.py), and every transactional test puts the
    session's database back after itself: ask for this fixture before any of your own that
    adds rows.
    """
    from tests.e2e.site import build_site, built_once

    built_once("e2e_site", build_site)
    return live_server


@pytest.fixture
def page(browser, site):
    context = browser.new_context(locale="fi-FI")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def portal(site):
    """One page of every type in Finnish and Swedish and a provider who has recorded
    something of every kind (tests/e2e/a11y_pages.py's build_portal), on the site; built
    once, then restored from its snapshot as `site` is."""
    from tests.e2e.a11y_pages import build_portal
    from tests.e2e.site import built_once

    return built_once("e2e_portal", build_portal)
