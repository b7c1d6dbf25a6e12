"""Snapshots of the test database, so that transactional tests start from seeded data fast.

Transactional tests (the browser tests against the live server) commit their rows, and
Django's TransactionTestCase empties the database after each of them. Seeding the demo site
again for each one took 10-20 seconds and emptying the database 1-7 seconds on PostgreSQL;
restoring a snapshot of the seeded database takes milliseconds on SQLite and a fraction of a
second on PostgreSQL. The session takes the "base" snapshot (a production install's database:
tests/conftest.py) and every plain transactional test starts from it and puts it back after
itself (transactional_tests_start_from below). Other snapshots can be built on top of it (the
browser tests' site and what their modules build on it: tests/e2e/site.py's built_once).

A restored database is exactly the one snapshotted: every table's rows (Wagtail's page tree,
locales, sites, content types, permissions) and every sequence's position, so new rows get
the same fresh ids as they would after seeding.

- SQLite (the in-memory test database): the sqlite3 backup API copies the whole database into
  a private in-memory database and back.
- PostgreSQL: each table's rows are copied into a schema of the snapshot's own; restoring
  empties the tables and copies the rows back with foreign-key triggers off
  (`session_replication_role = replica`: the test database's user is a superuser, as in CI),
  then puts every sequence back, in one transaction and one round trip.
"""

import sqlite3

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.test import TestCase, TransactionTestCase

_snapshots = {}
# The snapshot the database is known to be in: set when one is taken or restored, cleared
# when a test starts (mark_changed() from tests/conftest.py).
_current = None


def take(name):
    """Snapshot the database as it is now under `name` (replacing one of that name)."""
    if connection.in_atomic_block:
        raise RuntimeError("take a database snapshot outside a transaction (it must be committed)")
    snapshot_class = {"sqlite": _SQLiteSnapshot, "postgresql": _PostgreSQLSnapshot}.get(
        connection.vendor)
    if snapshot_class is None:
        raise NotImplementedError(f"no database snapshots on {connection.vendor}")
    old = _snapshots.pop(name, None)
    if old is not None:
        old.drop()
    _snapshots[name] = snapshot_class(name)
    global _current
    _current = name


def exists(name):
    return name in _snapshots


def restore(name):
    """Put the database back as it was when `name` was taken."""
    if connection.in_atomic_block:
        raise RuntimeError("restore a database snapshot outside a transaction")
    try:
        snapshot = _snapshots[name]
    except KeyError:
        raise LookupError(f"no database snapshot {name!r} has been taken") from None
    global _current
    _current = None
    snapshot.restore()
    # Content types are cached by id in the process, and a flush followed by the post_migrate
    # signal recreates them under other ids; the restored rows have the snapshot's ids.
    ContentType.objects.clear_cache()
    cache.clear()
    _current = name


def mark_changed():
    """The database may no longer be as the last snapshot taken or restored left it."""
    global _current
    _current = None


def drop_all():
    while _snapshots:
        _snapshots.popitem()[1].drop()


def transactional_tests_start_from(name):
    """Make every plain transactional test start from snapshot `name`, and put the snapshot
    back after it instead of emptying the database; returns a function that undoes this.

    Django's TransactionTestCase (pytest-django's `transactional_db` and `live_server`)
    empties every table after the test (TRUNCATE and recreating the content types and
    permissions: 1-7 s on PostgreSQL); restoring the snapshot costs a fraction of that, and
    the test after it, transactional or not, starts from the seeded data like every other.
    Tests that reset sequences, use serialized rollback or restrict the available apps keep
    Django's own behaviour.
    """
    original_setup = TransactionTestCase.__dict__["_fixture_setup"]
    original_teardown = TransactionTestCase.__dict__["_fixture_teardown"]

    def plain(test_class):
        return (not issubclass(test_class, TestCase) and not test_class.reset_sequences
                and not test_class.serialized_rollback and test_class.available_apps is None
                and set(test_class.databases) <= {"default"})

    @classmethod
    def _fixture_setup(cls):
        if plain(cls):
            if _current != name:
                restore(name)
        else:
            mark_changed()
        original_setup.__func__(cls)

    def _fixture_teardown(self):
        if plain(type(self)):
            restore(name)
        else:
            original_teardown(self)

    TransactionTestCase._fixture_setup = _fixture_setup
    TransactionTestCase._fixture_teardown = _fixture_teardown

    def undo():
        TransactionTestCase._fixture_setup = original_setup
        TransactionTestCase._fixture_teardown = original_teardown

    return undo


class _SQLiteSnapshot:
    def __init__(self, name):
        connection.ensure_connection()
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.copy)

    def restore(self):
        connection.ensure_connection()
        self.copy.backup(connection.connection)

    def drop(self):
        self.copy.close()


class _PostgreSQLSnapshot:
    def __init__(self, name):
        self.schema = connection.ops.quote_name(f"test_snapshot_{name}")
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute("""
                SELECT c.relname,
                       array_agg(a.attname::text ORDER BY a.attnum)
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid
                WHERE n.nspname = current_schema() AND c.relkind = 'r'
                  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                GROUP BY c.relname ORDER BY c.relname
            """)
            tables = cursor.fetchall()
            cursor.execute("""
                SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()
                ORDER BY sequencename
            """)
            sequences = [row[0] for row in cursor.fetchall()]
            with transaction.atomic():
                cursor.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE;"
                               f"CREATE SCHEMA {self.schema}")
                for table, columns in tables:
                    names = ", ".join(quote(column) for column in columns)
                    cursor.execute(f"CREATE TABLE {self.schema}.{quote(table)} AS "
                                   f"SELECT {names} FROM {quote(table)}")
                filled = []
                for table, columns in tables:
                    cursor.execute(f"SELECT EXISTS (SELECT FROM {self.schema}.{quote(table)})")
                    if cursor.fetchone()[0]:
                        filled.append((table, columns))
                positions = []
                for sequence in sequences:
                    cursor.execute(f"SELECT last_value, is_called FROM {quote(sequence)}")
                    positions.append((sequence, *cursor.fetchone()))

        statements = [
            "SET LOCAL session_replication_role = replica",
        ]
        # DELETE rather than TRUNCATE: on tables this small it is far cheaper than TRUNCATE's
        # new files for every table and index.
        statements += [f"DELETE FROM {quote(table)}" for table, _columns in tables]
        for table, columns in filled:
            names = ", ".join(quote(column) for column in columns)
            statements.append(f"INSERT INTO {quote(table)} ({names}) OVERRIDING SYSTEM VALUE "
                              f"SELECT {names} FROM {self.schema}.{quote(table)}")
        if positions:
            statements.append("SELECT " + ", ".join(
                f"setval('{quote(sequence)}'::regclass, {value}, "
                f"{'true' if called else 'false'})"
                for sequence, value, called in positions))
        self.restore_sql = ";\n".join(statements)

    def restore(self):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(self.restore_sql)

    def drop(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
