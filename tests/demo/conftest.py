"""The tests of the demo (portal/demo) share one seeded demo: `manage.py seed_demo` run once
for the whole package, as a developer's database has it.

Every test here that reads the database asks for `whole_demo`; seeding takes 15-50 seconds
on PostgreSQL, so the package seeds once, in a transaction rolled back after its last test,
and each test runs in a savepoint of it. The few tests of seeding itself (running it again,
the demo users in development) run the command once more inside their own savepoint.
"""

import dataclasses
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

# The password the demo users get in the seeded demo (`seed_demo --users --password`).
DEMO_PASSWORD = "demo-pass-123"


@dataclasses.dataclass(frozen=True)
class SeededDemo:
    first_run: str  # what `seed_demo` printed on the empty database, without DEBUG
    users_after_first_run: frozenset  # the e-mail addresses of the users it left
    second_run: str  # what `seed_demo --users --password DEMO_PASSWORD` printed after it


@pytest.fixture(scope="package")
def whole_demo(django_db_setup, django_db_blocker):
    """The whole demo, seeded as a developer would: `seed_demo` on the session's database
    (a production install's: tests/conftest.py) without DEBUG, which makes no users, then
    `seed_demo --users --password DEMO_PASSWORD`, which adds the demo users and nothing else.
    Returns what each run printed (a SeededDemo)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with override_settings(DEBUG=False):
                first, second = io.StringIO(), io.StringIO()
                call_command("seed_demo", stdout=first)
                users = frozenset(get_user_model().objects.values_list("email", flat=True))
                call_command("seed_demo", "--users", "--password", DEMO_PASSWORD, stdout=second)
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield SeededDemo(first.getvalue(), users, second.getvalue())
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
