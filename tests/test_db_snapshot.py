"""The database snapshots that transactional tests restore instead of seeding again
(tests/db_snapshot.py): restoring gives back exactly the snapshotted rows and sequences,
whatever the test did, even after the database has been emptied."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale, Page, Site

from portal.pages.models import HomePage
from portal.tenders.models import TenderPage
from tests import db_snapshot, factories


def contents():
    """Every table's rows and every sequence's position."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # sqlite_sequence holds the AUTOINCREMENT counters.
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            tables = [row[0] for row in cursor.fetchall()]
            sequences = {}
        else:
            tables = sorted(connection.introspection.table_names(cursor))
            cursor.execute("SELECT sequencename FROM pg_sequences "
                           "WHERE schemaname = current_schema()")
            sequences = {}
            for (name,) in cursor.fetchall():
                cursor.execute(f"SELECT last_value, is_called FROM {quote(name)}")
                sequences[name] = cursor.fetchone()
        rows = {}
        for table in tables:
            cursor.execute(f"SELECT * FROM {quote(table)}")
            rows[table] = sorted(map(repr, cursor.fetchall()))
    return rows, sequences


def build_site():
    """A site in three languages with a few tenders, snapshotted as "factory_site"."""
    factories.TenderPageFactory.create_batch(5)
    for language in ("sv", "en"):
        factories.home_page(language)
    db_snapshot.take("factory_site")


@pytest.mark.django_db(transaction=True)
def test_restoring_a_snapshot_undoes_changes_and_emptying():
    build_site()
    seeded = contents()
    rows, _sequences = seeded
    assert len(rows["wagtailcore_page"]) == Page.objects.count() > 10
    home_type = ContentType.objects.get_for_model(HomePage).pk

    # What a test might do: add, change and delete rows (moving the sequences on) ...
    user = get_user_model().objects.create_user("snapshot@example.fi", "snapshot@example.fi")
    tender = TenderPage.objects.live().filter(locale__language_code="fi").first()
    tender.title = "Changed"
    tender.save_revision().publish()
    Site.objects.all().delete()
    assert contents() != seeded
    db_snapshot.restore("factory_site")
    assert contents() == seeded

    # ... and then pytest-django empties the database and recreates the content types and
    # permissions under new ids.
    call_command("flush", interactive=False, verbosity=0)
    assert not Page.objects.exists()
    assert ContentType.objects.get_for_model(HomePage).pk != home_type
    db_snapshot.restore("factory_site")
    assert contents() == seeded
    assert ContentType.objects.get_for_model(HomePage).pk == home_type
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fi", "sv", "en"}

    # New rows get the ids they would have had right after seeding.
    again = get_user_model().objects.create_user("snapshot@example.fi", "snapshot@example.fi")
    assert again.pk == user.pk


@pytest.mark.django_db(transaction=True)
def test_restoring_a_snapshot_never_taken_fails():
    with pytest.raises(LookupError):
        db_snapshot.restore("never-taken")
