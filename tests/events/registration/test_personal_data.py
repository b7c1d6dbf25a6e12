"""Registrations on My page, in the personal-data export, and at the account's deletion."""

import datetime
import json

import pytest
from django.utils import timezone

from portal.events import domain
from portal.events.models import EventPage, Registration
from suppliers import personal_data

from .conftest import make_event

pytestmark = pytest.mark.django_db


def test_my_page_lists_registrations_and_waiting_places(client, make_user):
    user = make_user()
    full = make_event(capacity=0, title="Täysi koulutus")
    free = make_event(title="Vapaa koulutus")
    domain.register(full, user=user)
    domain.register(free, user=user)
    other = make_event(title="Toisen koulutus")
    domain.register(other, user=make_user())
    client.force_login(user)
    html = client.get("/fi/supplier/").content.decode()
    assert "Täysi koulutus" in html and "Vapaa koulutus" in html
    assert "Toisen koulutus" not in html
    assert "/fi/events/my-registrations/" in html


def test_the_export_has_the_registrations(make_user):
    user = make_user()
    event = make_event()
    domain.register(event, user=user)
    document = json.loads(personal_data.export_json(user))
    [row] = document["event_registrations"]
    assert row["event"] == event.title and row["status"] == "confirmed"
    assert row["email"] == user.email


def test_deleting_the_account_cancels_coming_and_anonymises_all(make_user):
    user = make_user()
    coming = make_event(capacity=1)
    registration = domain.register(coming, user=user)
    waiting = domain.register(coming, user=make_user())
    start = timezone.now() + datetime.timedelta(minutes=30)
    past = make_event(start=start, end=start + datetime.timedelta(hours=1))
    attended = domain.register(past, user=user)
    domain.mark_attendance(attended, True)
    EventPage.objects.filter(pk=past.pk).update(start=timezone.now() - datetime.timedelta(hours=1))
    personal_data.delete_account(user)
    registration.refresh_from_db()
    attended.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == "cancelled" and waiting.status == "offered"
    for row in (registration, attended):
        assert row.user is None and row.name == "" and row.answers == {}
        assert row.email.endswith("@invalid.invalid") and row.secret == ""
    # The attendance still counts.
    assert attended.attended is True
    assert not Registration.objects.filter(email=user.email).exists()


@pytest.mark.parametrize("count", [1, 3])
def test_my_page_takes_the_same_queries_for_any_number_of_registrations(
        client, make_user, django_assert_num_queries, count):
    user = make_user()
    for _ in range(count):
        domain.register(make_event(capacity=1), user=user)
        domain.register(make_event(capacity=0), user=user)  # on the waiting list
    client.force_login(user)
    client.get("/fi/supplier/")  # warm the site's caches
    # Session, user, memberships, alerts, registrations, their events, the waiting lists,
    # pilot proposals, the list of pilot calls, the site and the user's permissions.
    with django_assert_num_queries(QUERIES):
        response = client.get("/fi/supplier/")
    assert response.content.decode().count("/fi/tapahtumat/") >= min(count * 2, 5)


QUERIES = 12
