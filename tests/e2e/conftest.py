"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server."""

import io
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
def demo_site(live_server, transactional_db):
    """The demo's pages and tenders (tests/conftest.py's seed_demo_site) in the live server's
    database.

    Browser tests use the transactional database (the live server runs in another thread).
    The first test to ask for the demo seeds it on the session's database and snapshots the
    result as "demo"; later ones restore that snapshot, and every transactional test puts
    the session's database back after itself (tests/conftest.py, tests/db_snapshot.py): the
    same rows and sequences as seeding again, in milliseconds.
    """
    from wagtail.models import Site

    from tests import db_snapshot
    from tests.conftest import seed_demo_site

    if db_snapshot.exists("demo"):
        db_snapshot.restore("demo")
    else:
        seed_demo_site()
        db_snapshot.take("demo")
    assert Site.objects.filter(is_default_site=True).exists(), "the demo site is missing"
    return live_server


@pytest.fixture
def events_site(demo_site):
    """The demo site with the demo events of portal.demo.loader.events.seed_events.

    The first test to ask for it seeds the events and snapshots the result; later ones
    restore that snapshot (which replaces the whole database: ask for this fixture before
    any fixture of your own that adds rows).
    """
    from portal.demo.loader.events import seed_events
    from tests import db_snapshot

    if db_snapshot.exists("demo_events"):
        db_snapshot.restore("demo_events")
    else:
        db_snapshot.restore("demo")
        seed_events(io.StringIO())
        db_snapshot.take("demo_events")
    return demo_site


@pytest.fixture
def page(browser, demo_site):
    context = browser.new_context(locale="fi-FI")
    page = context.new_page()
    yield page
    context.close()


DEMO_PASSWORD = "Demo-salalause-2026"


@pytest.fixture
def full_demo_site(demo_site):
    """The whole demo of `manage.py seed_demo`: pilot calls, events, supplier organisations
    with their interests, alerts, event registrations and pilot proposals, and the demo users
    (supplier@example.fi, admin of an organisation, signs in with DEMO_PASSWORD).

    Seeded once and snapshotted as "demo_full", as events_site does (ask for it before any
    fixture of your own that adds rows).
    """
    from portal.demo.loader.events import seed_event_registrations, seed_events
    from portal.demo.loader.pilots import seed_pilot_calls, seed_pilot_proposals
    from portal.demo.loader.suppliers import seed_interests, seed_supplier_alerts, seed_suppliers
    from portal.demo.loader.users import seed_users
    from tests import db_snapshot

    if db_snapshot.exists("demo_full"):
        db_snapshot.restore("demo_full")
    else:
        db_snapshot.restore("demo")
        out = io.StringIO()
        # In the order of the seed_demo command: an event links to its call, the demo
        # supplier user exists before the organisations that it belongs to.
        seed_pilot_calls(out)
        seed_events(out)
        seed_users(out, password=DEMO_PASSWORD)
        seed_suppliers(out)
        seed_interests(out)
        seed_supplier_alerts(out)
        seed_event_registrations(out)
        seed_pilot_proposals(out)
        db_snapshot.take("demo_full")
    return demo_site
