"""Choices for code lists, read when a form is built."""

from django.conf import settings


def language_choices():
    return list(settings.LANGUAGES)
