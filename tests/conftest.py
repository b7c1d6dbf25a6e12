"""Shared fixtures: the demo site seeded once per test session, and helpers."""

import io

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Seed the demo site once; each test then runs in a transaction that is rolled back."""
    with django_db_blocker.unblock():
        seed_demo_site()


def seed_demo_site():
    from portal.pages.demo import seed_site
    from portal.taxonomy.demo import seed_taxonomy
    from portal.tenders.demo import seed_tenders

    seed_site(io.StringIO())
    seed_taxonomy(io.StringIO())
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


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


def page_in(model, language):
    """The first live page of a type in a language, as its specific class."""
    return model.objects.live().filter(locale__language_code=language).first()


@pytest.fixture
def home_pages(db):
    from portal.pages.models import HomePage

    return {language: page_in(HomePage, language) for language in ("fi", "sv", "en")}


def root_page():
    return Page.get_first_root_node()
