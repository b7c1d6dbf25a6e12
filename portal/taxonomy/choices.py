"""Choices for code lists, read when a form is built."""

from django.conf import settings
from django.utils.translation import get_language

from portal.taxonomy.labels import options


def municipality_choices():
    """(number, name) in the editor's language, alphabetical as its readers expect."""
    return options(_language(), "municipality")


def service_area_choices():
    return options(_language(), "service_area")


def _language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def language_choices():
    return list(settings.LANGUAGES)
