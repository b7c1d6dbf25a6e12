"""Every content language has its Wagtail locale after `migrate`, as in a new installation."""

import pytest
from django.conf import settings
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


def languages():
    return set(Locale.objects.values_list("language_code", flat=True))


def test_the_migrated_database_has_a_locale_per_content_language():
    assert languages() >= {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def test_migrate_adds_a_missing_locale_and_keeps_the_others():
    Locale.objects.filter(language_code="en").delete()
    finnish = Locale.objects.get(language_code="fi")
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert languages() == {"fi", "sv", "en"}
    assert Locale.objects.get(language_code="fi").pk == finnish.pk
