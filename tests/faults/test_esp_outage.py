"""The ESP failing, through anymail's real Postmark backend speaking HTTP to a fake ESP on
127.0.0.1: answering 503, refusing connections, or not answering in time. The message stays
queued in the outbox, nothing is lost or sent twice, and it is sent once the ESP recovers.

The outbox's rules with anymail's test backend made to fail are in
tests/notifications/test_sending.py (test_an_esp_failure_keeps_the_message_queued_for_a_later_
attempt, test_a_message_fails_for_good_after_the_last_attempt, the stuck-in-sending tests).
"""

import socket

import pytest
from django.core.management import call_command

from portal.notifications.domain import queue_email
from portal.notifications.enums import EmailStatus
from portal.notifications.sending import send_due

from .fake_esp import FakeESP

pytestmark = pytest.mark.django_db


@pytest.fixture
def esp(settings):
    with FakeESP() as esp:
        for name, value in esp.anymail_settings().items():
            setattr(settings, name, value)
        yield esp


@pytest.fixture
def queue(django_capture_on_commit_callbacks):
    def queue(to):
        with django_capture_on_commit_callbacks(execute=True):
            return queue_email(to=to, template="test_message", context={}, language="sv")

    return queue


def test_messages_stay_queued_while_the_esp_answers_503_and_go_out_when_it_recovers(
        esp, queue):
    esp.failures = 3
    email = queue("leverantor@example.fi")  # the first attempt, from its send task
    for attempt in (2, 3):
        email.refresh_from_db()
        assert (email.status, email.attempts) == (EmailStatus.QUEUED, attempt - 1)
        assert "503" in email.last_error
        send_due(now=email.next_attempt_at)

    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.QUEUED, 3)
    assert esp.accepted == []

    send_due(now=email.next_attempt_at)  # the ESP is back

    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.SENT, 4)
    assert esp.accepted == ["leverantor@example.fi"]
    assert len(esp.received) == 4
    assert email.esp_message_id  # Postmark's MessageID, for the tracking webhook


def test_an_unreachable_esp_keeps_the_message_queued_for_send_queued_email(
        esp, queue, settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    settings.ANYMAIL = {**settings.ANYMAIL, "POSTMARK_API_URL": closed}
    email = queue("leverantor@example.fi")
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.QUEUED, 1)
    assert "AnymailRequestsAPIError" in email.last_error

    settings.ANYMAIL = esp.anymail_settings()["ANYMAIL"]
    type(email).objects.filter(pk=email.pk).update(next_attempt_at=email.last_attempt_at)
    call_command("send_queued_email", verbosity=0)

    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.SENT, 2)
    assert esp.accepted == ["leverantor@example.fi"]


def test_an_esp_that_does_not_answer_in_time_counts_as_failed_and_is_tried_again(
        esp, queue, settings):
    settings.ANYMAIL = {**settings.ANYMAIL, "REQUESTS_TIMEOUT": 0.5}
    esp.hold = {"leverantor@example.fi"}
    email = queue("leverantor@example.fi")
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.QUEUED, 1)
    assert "timed out" in email.last_error.lower()

    send_due(now=email.next_attempt_at)

    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert esp.accepted == ["leverantor@example.fi"]
