"""Shared fixtures: the session's database as a production install has it, and helpers."""

import io

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The database as a production install has it before staff add anything: Wagtail's root
    (and its "Welcome" page), a locale per content language (portal/pages/locales.py) and the
    taxonomy's reference data (`manage.py load_taxonomy`). No demo: tests build what they
    check (home pages and the rest) with tests/factories.py, the browser tests too
    (tests/e2e/site.py), and the tests of the demo seed it (tests/demo/conftest.py).
    Each test runs in a transaction that is rolled back.

    Transactional tests (the browser tests: they commit, for the live server to see their
    rows) start from a snapshot of this database taken here, and put it back after them,
    instead of emptying the database: see tests/db_snapshot.py.
    """
    from tests import db_snapshot

    with django_db_blocker.unblock():
        call_command("load_taxonomy", stdout=io.StringIO())
        db_snapshot.take("base")
    undo = db_snapshot.transactional_tests_start_from("base")
    yield
    undo()
    with django_db_blocker.unblock():
        db_snapshot.drop_all()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item):
    """A test may change the database (even a rolled-back one, from a thread of its own)."""
    from tests import db_snapshot

    db_snapshot.mark_changed()


@pytest.fixture(autouse=True)
def _default_language():
    """Requests leave their language active in the thread; each test starts in Finnish."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    """The locale of every language of the portal (made by migrate; by the factory if a test
    removed one)."""
    from tests.factories import locale

    return {code: locale(code) for code, _name in settings.LANGUAGES}


def page_in(model, language):
    """The first live page of a type in a language, as its specific class."""
    return model.objects.live().filter(locale__language_code=language).first()


@pytest.fixture
def home_pages(db):
    from tests.factories import home_page

    return {language: home_page(language) for language in ("fi", "sv", "en")}


def root_page():
    return Page.get_first_root_node()


@pytest.fixture
def organisation_details(db):
    """Who runs the portal, in every language (the portal's name in e-mails, the footer)."""
    from tests.factories import organisation_details

    return organisation_details()
