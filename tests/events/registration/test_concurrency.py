"""Capacity under concurrent registrations, on PostgreSQL: many people register for the
last places at once and the places taken never exceed the open places.

The registrations run in threads, each with its own database connection, so the event and
the users are committed first (in a thread of their own). A transactional test: what it
committed goes when the session's database is put back after it (tests/db_snapshot.py).
"""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections, transaction

from portal.events import domain
from portal.events.models import EventPage, Registration

from .conftest import make_event

PEOPLE = 12
PLACES = 3


def in_thread(function, *args):
    """Run `function` in a thread with its own connection (autocommit); its result."""
    result = {}

    def run():
        try:
            result["value"] = function(*args)
        except Exception as error:  # handed to the caller
            result["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result["value"]


def set_up():
    with transaction.atomic():
        event = make_event(capacity=PLACES)
        users = [get_user_model().objects.create_user(
            f"rush{n}@example.fi", f"rush{n}@example.fi", "x" * 16) for n in range(PEOPLE)]
    return event.pk, [user.pk for user in users]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_exceed_capacity():
    if connection.vendor != "postgresql":
        pytest.skip("needs DATABASE_URL pointing at PostgreSQL")
    event_pk, user_pks = in_thread(set_up)
    barrier = threading.Barrier(PEOPLE)
    outcomes, errors = [], []

    def register(user_pk):
        try:
            event = EventPage.objects.get(pk=event_pk)
            user = get_user_model().objects.get(pk=user_pk)
            barrier.wait(timeout=30)
            outcomes.append(domain.register(event, user=user).status)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(pk,)) for pk in user_pks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert sorted(outcomes).count("confirmed") == PLACES
    assert sorted(outcomes).count("waiting") == PEOPLE - PLACES
    event = EventPage.objects.get(pk=event_pk)
    assert Registration.objects.of_event(event).holding().count() == PLACES
    numbers = sorted(Registration.objects.of_event(event).filter(status="waiting")
                     .values_list("waitlist_number", flat=True))
    assert numbers == list(range(1, PEOPLE - PLACES + 1))
