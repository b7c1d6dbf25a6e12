"""Shared fixtures: the demo site seeded once per test session, and helpers."""

import io

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Seed the demo site once; each test then runs in a transaction that is rolled back.

    Transactional tests (the browser tests: they commit, for the live server to see their
    rows) start from a snapshot of the seeded database taken here, and put it back after
    them, instead of seeding again and emptying the database: see tests/db_snapshot.py.
    """
    from tests import db_snapshot

    with django_db_blocker.unblock():
        seed_demo_site()
        db_snapshot.take("demo")
    undo = db_snapshot.transactional_tests_start_from("demo")
    yield
    undo()
    with django_db_blocker.unblock():
        db_snapshot.drop_all()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item):
    """A test may change the database (even a rolled-back one, from a thread of its own)."""
    from tests import db_snapshot

    db_snapshot.mark_changed()


def seed_demo_site():
    from portal.demo.loader.pages import seed_site
    from portal.demo.loader.tenders import seed_tenders
    from portal.taxonomy.terms import load_terms

    seed_site(io.StringIO())
    load_terms(io.StringIO())
    seed_tenders(io.StringIO())


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


@pytest.fixture(scope="module")
def whole_demo(django_db_setup, django_db_blocker):
    """The whole demo as `manage.py seed_demo` builds it (users too), seeded once for the
    tests of a module, inside a transaction that is rolled back after them; each test runs
    in a savepoint of it. For tests of the demo's content (tests/core/test_demo_invariants.py)
    that only read it: seeding takes about a minute."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("seed_demo", "--users", stdout=io.StringIO())
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


def page_in(model, language):
    """The first live page of a type in a language, as its specific class."""
    return model.objects.live().filter(locale__language_code=language).first()


@pytest.fixture
def home_pages(db):
    from tests.factories import home_page

    return {language: home_page(language) for language in ("fi", "sv", "en")}


def root_page():
    return Page.get_first_root_node()
