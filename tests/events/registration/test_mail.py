"""The registrants' e-mails: the confirmation's .ics attachment parsed back, the online link
only where the registration is confirmed, the outbox carrying attachments to the ESP."""

import datetime

import pytest
from django.core import mail
from icalendar import Calendar

from portal.events import domain
from portal.notifications.domain import queue_email
from portal.notifications.models import OutboundEmail
from portal.notifications.sending import build_message, send_queued_message

from .conftest import default_answers, make_event

pytestmark = pytest.mark.django_db
SECRET = "https://meet.example.fi/secret-room"


def test_the_confirmation_carries_the_event_as_ics(event, make_user):
    registration = domain.register(event, user=make_user(), answers=default_answers(event))
    email = OutboundEmail.objects.get(to=registration.email, template="events_confirmed")
    assert SECRET in email.text_body and SECRET in email.html_body
    [attachment] = email.attachments
    assert attachment["filename"] == "event.ics" and attachment["mimetype"] == "text/calendar"
    calendar = Calendar.from_ical(attachment["content"])
    [entry] = calendar.walk("VEVENT")
    assert str(entry["summary"]) == event.title
    assert entry.decoded("dtstart") == event.start.replace(microsecond=0)
    assert entry.decoded("dtend") - entry.decoded("dtstart") == datetime.timedelta(hours=2)
    assert str(entry["uid"]).startswith(f"event-{event.translation_key}@")
    assert SECRET in str(entry["description"])


def test_the_attachment_reaches_the_esp(event, make_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        registration = domain.register(event, user=make_user(),
                                       answers=default_answers(event))
    [message] = [m for m in mail.outbox if m.to == [registration.email]]
    [(filename, content, mimetype)] = message.attachments
    assert filename == "event.ics" and mimetype.startswith("text/calendar")
    assert Calendar.from_ical(content).walk("VEVENT")[0]["summary"] == event.title


def test_no_online_link_before_a_place_is_confirmed(event, make_user):
    users = [make_user() for _ in range(3)]
    for user in users:
        domain.register(event, user=user, answers=default_answers(event))
    guest = domain.register(event, name="Vieras", email="vieras@example.fi",
                            answers=default_answers(event))
    for address in (users[2].email, guest.email):
        for email in OutboundEmail.objects.filter(to=address):
            assert SECRET not in email.text_body + email.html_body
            assert not email.attachments


def test_the_offer_has_the_accept_link_and_deadline(make_user):
    event = make_event(capacity=1)
    first = domain.register(event, user=make_user())
    waiting = domain.register(event, user=make_user())
    domain.cancel(first)
    waiting.refresh_from_db()
    email = OutboundEmail.objects.get(to=waiting.email, template="events_offer")
    assert f"/events/registration/{waiting.pk}/accept/" in email.text_body
    assert SECRET not in email.text_body


def test_the_outbox_stores_and_sends_attachments(settings):
    email = queue_email(to="a@example.fi", template="test_message", context={}, language="en",
                        attachments=[("notes.txt", "Hei!", "text/plain")])
    email.refresh_from_db()
    assert email.attachments == [{"filename": "notes.txt", "content": "Hei!",
                                  "mimetype": "text/plain"}]
    message = build_message(email)
    assert message.attachments[0][:2] == ("notes.txt", "Hei!")
    send_queued_message(email.pk)
    assert mail.outbox[-1].attachments[0][0] == "notes.txt"


def test_messages_without_attachments_are_unchanged():
    email = queue_email(to="b@example.fi", template="test_message", context={}, language="en")
    assert email.attachments == []
    assert build_message(email).attachments == []


def test_publishing_a_new_time_tells_the_registrants_once(event, make_user):
    confirmed = domain.register(event, user=make_user(), answers=default_answers(event))
    OutboundEmail.objects.all().delete()

    event.save_revision().publish()  # nothing that registrants rely on changed
    assert not OutboundEmail.objects.filter(template="events_changed").exists()

    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save_revision().publish()
    [notice] = OutboundEmail.objects.filter(template="events_changed")
    assert notice.to == confirmed.email
    [entry] = Calendar.from_ical(notice.attachments[0]["content"]).walk("VEVENT")
    assert entry.decoded("dtstart") == event.start.replace(microsecond=0)

    event.save_revision().publish()  # the same details again: no second notice
    assert OutboundEmail.objects.filter(template="events_changed").count() == 1


def test_the_first_publication_announces_nothing(make_user):
    event = make_event()
    assert event.announced_details["start"] == event.start.astimezone(datetime.UTC).isoformat()
    assert not OutboundEmail.objects.filter(template="events_changed").exists()


WINTER_START = datetime.datetime(2027, 1, 14, 7, 0, tzinfo=datetime.UTC)  # Thu 9.00 Helsinki


@pytest.mark.parametrize(("language", "when"), [
    ("en", "Thu 14 Jan 2027, 9:00–11:00"),
    ("fi", "to 14.1.2027 klo 9.00–11.00"),
    ("sv", "to 14.1.2027 kl. 9.00–11.00"),
])
def test_e_mails_and_their_calendar_entry_write_the_time_the_readers_way(
        make_user, language, when):
    event = make_event(start=WINTER_START, end=WINTER_START + datetime.timedelta(hours=2))
    registration = domain.register(event, user=make_user(), language=language)
    email = OutboundEmail.objects.get(to=registration.email, template="events_confirmed")
    assert f" {when} (" in email.text_body
    assert '<span class="nowrap">' in email.html_body
    html_text = email.html_body.replace('<span class="nowrap">', "").replace("</span>", "")
    assert when in html_text
    [entry] = Calendar.from_ical(email.attachments[0]["content"]).walk("VEVENT")
    assert when in str(entry["description"])


def test_an_offer_deadline_is_written_the_readers_way(make_user):
    event = make_event(capacity=1, start=WINTER_START,
                       end=WINTER_START + datetime.timedelta(hours=2))
    first = domain.register(event, user=make_user())
    waiting = domain.register(event, user=make_user(), language="en")
    domain.cancel(first, now=datetime.datetime(2027, 1, 1, 10, 0, tzinfo=datetime.UTC))
    email = OutboundEmail.objects.get(to=waiting.email, template="events_offer")
    # 24 hours to accept (make_event's offer_hours), in Helsinki time.
    assert "Accept it by Sat 2 Jan 2027, 12:00;" in email.text_body


@pytest.mark.parametrize("language", ["en", "sv"])
def test_my_page_and_my_registrations_write_the_time_as_the_listing_does(
        client, make_user, language):
    from django.urls import reverse
    from django.utils import translation

    from portal.core.dates import format_range

    event = make_event(start=WINTER_START, end=WINTER_START + datetime.timedelta(hours=2))
    user = make_user()
    domain.register(event, user=user, language=language)
    client.force_login(user)
    when = format_range(event.start, event.end, language)
    with translation.override(language):
        pages = [reverse("suppliers:dashboard"), reverse("events:mine")]
    for path in pages:
        html = client.get(path).content.decode()
        text = html.replace('<span class="nowrap">', "").replace("</span>", "")
        assert when in text, path
