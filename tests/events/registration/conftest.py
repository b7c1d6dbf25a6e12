"""Factories of the registration tests: events with questions, registrants, staff."""

import datetime
import itertools

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Locale

from portal.events.models import EventIndexPage, EventPage, EventQuestion
from tests import factories
from tests.suppliers.conftest import (  # noqa: F401  (fixtures shared with the suppliers)
    add_member,
    admin_and_organisation,
    make_organisation,
    make_user,
)

_numbers = itertools.count(1)


def events_index(language="fi"):
    return factories.index_page(EventIndexPage, language)


def make_event(*, questions=(), **fields):
    """A published Finnish event a week away; `questions` are dicts of EventQuestion."""
    number = next(_numbers)
    start = timezone.now() + datetime.timedelta(days=7)
    defaults = {
        "title": f"Hankintakoulutus {number}", "slug": f"hankintakoulutus-{number}",
        "event_type": "training", "start": start, "end": start + datetime.timedelta(hours=2),
        "event_format": "online", "online_url": "https://meet.example.fi/secret-room",
        "capacity": 10, "reserved_places": 0, "offer_hours": 24, "reminder_hours": 24,
    }
    event = EventPage(**{**defaults, **fields})
    locale = Locale.objects.get(language_code="fi")
    event.questions = [EventQuestion(sort_order=position, locale=locale, **question)
                       for position, question in enumerate(questions)]
    events_index().add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def translate(event, language):
    locale = Locale.objects.get(language_code=language)
    translation = event.copy_for_translation(locale, copy_parents=True)
    translation.title = f"{event.title} ({language})"
    translation.save_revision().publish()
    return EventPage.objects.get(pk=translation.pk)


@pytest.fixture
def event(db):
    return make_event(capacity=2, questions=[
        {"label": "Ruokavalio", "kind": "short_text"},
        {"label": "Tarvitsetko tulkkausta?", "kind": "choice", "choices": "Kyllä\nEi",
         "required": True},
    ])


def answers_for(event, **by_label):
    return {str(question.translation_key): by_label.get(question.label, "")
            for question in event.questions.all()}


def default_answers(event):
    return {str(question.translation_key): "Ei" if question.kind == "choice" else ""
            for question in event.questions.all()}


def staff_user(django_user_model, *codenames, name="kasittelija"):
    user = django_user_model.objects.create_user(name, f"{name}@example.fi", "x" * 16,
                                                 is_staff=True)
    group = Group.objects.create(name=f"Group of {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"),
                          *Permission.objects.filter(content_type__app_label="events",
                                                     codename__in=codenames))
    user.groups.add(group)
    return user


@pytest.fixture
def panel_request():
    from django.contrib.sessions.backends.db import SessionStore

    def panel_request(user=None, path="/fi/"):
        from django.contrib.auth.models import AnonymousUser

        request = RequestFactory().get(path)
        request.user = user or AnonymousUser()
        request.session = SessionStore()
        return request

    return panel_request
