"""Sending: once only, tried again after an ESP failure, failed for good after the last try."""

import logging
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from portal.core.task_signals import TaskFailed
from portal.notifications.domain import queue_email, suppress
from portal.notifications.enums import EmailStatus, SuppressionReason
from portal.notifications.models import OutboundEmail
from portal.notifications.sending import (
    TransitionNotAllowed,
    claim,
    mark_sent,
    retry_delay,
    send_due,
)
from portal.notifications.tasks import send_email

pytestmark = pytest.mark.django_db


def test_a_message_is_sent_once_even_if_its_task_runs_twice(queue, esp, mailoutbox):
    email = queue()

    result = send_email.enqueue(email.pk)  # a re-run of the same task

    assert result.return_value is None
    assert len(mailoutbox) == 1
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.SENT, 1)
    # anymail's test ESP numbers its messages; a real ESP gives its own ID.
    assert email.esp_message_id == "0"


def test_only_one_of_two_senders_claims_a_message(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        email = queue_email(to="a@example.fi", template="test_message", context={},
                            language="fi")
    assert claim(email.pk) is not None
    assert claim(email.pk) is None
    assert OutboundEmail.objects.get(pk=email.pk).status == EmailStatus.SENDING


def test_a_sent_message_cannot_be_marked_sent_again(queue):
    email = queue()
    email.refresh_from_db()
    with pytest.raises(TransitionNotAllowed, match="from sent to sent"):
        mark_sent(email)


def test_an_esp_failure_keeps_the_message_queued_for_a_later_attempt(queue, flaky_esp,
                                                                      mailoutbox, caplog):
    flaky_esp.failures = 1
    with caplog.at_level(logging.WARNING, logger="portal.notifications"):
        email = queue()  # the task does not raise: the message is safe in the outbox

    email.refresh_from_db()
    assert email.status == EmailStatus.QUEUED
    assert email.attempts == 1
    assert "AnymailAPIError" in email.last_error and "503" in email.last_error
    assert email.next_attempt_at == email.last_attempt_at + timedelta(minutes=1)
    assert email.next_attempt_at > timezone.now()
    assert mailoutbox == []
    assert "attempt 1 of 6" in caplog.text

    assert send_due() == ({}, [])  # not due yet

    counts, errors = send_due(now=email.next_attempt_at)
    assert (counts, errors) == ({EmailStatus.SENT: 1}, [])
    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.SENT, 2)
    assert len(mailoutbox) == 1


def test_send_queued_email_sends_the_messages_whose_time_has_come(queue, flaky_esp, mailoutbox):
    flaky_esp.failures = 2
    waiting, due = queue(to="odottaa@example.fi"), queue(to="erapaiva@example.fi")
    OutboundEmail.objects.filter(pk=due.pk).update(next_attempt_at=timezone.now())

    call_command("send_queued_email")

    assert [message.to for message in mailoutbox] == [["erapaiva@example.fi"]]
    assert OutboundEmail.objects.get(pk=waiting.pk).status == EmailStatus.QUEUED
    assert OutboundEmail.objects.get(pk=due.pk).status == EmailStatus.SENT


def test_attempts_grow_further_apart_up_to_six_hours():
    assert [retry_delay(n) for n in (1, 2, 3, 4)] == [
        timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=25),
        timedelta(minutes=125)]
    assert retry_delay(5) == retry_delay(20) == timedelta(hours=6)


def test_a_message_fails_for_good_after_the_last_attempt(queue, flaky_esp, settings, caplog,
                                                         mailoutbox):
    settings.EMAIL_MAX_ATTEMPTS = 3
    flaky_esp.failures = 10
    email = queue()
    for _ in range(3):
        email.refresh_from_db()
        with caplog.at_level(logging.ERROR, logger="portal.notifications"):
            send_due(now=email.next_attempt_at)

    email.refresh_from_db()
    assert (email.status, email.attempts) == (EmailStatus.FAILED, 3)
    assert "503" in email.last_error
    assert mailoutbox == []
    errors = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert len(errors) == 1 and "failed for good after 3 attempts" in errors[0].getMessage()
    assert send_due(now=email.next_attempt_at + timedelta(days=1)) == ({}, [])


def test_a_programming_error_while_sending_is_raised_and_the_attempt_recorded(queue, settings):
    settings.EMAIL_BACKEND = "tests.notifications.backends.BrokenBackend"
    with pytest.raises(TaskFailed, match="a bug in the sending code"):
        queue()

    email = OutboundEmail.objects.get()
    assert (email.status, email.attempts) == (EmailStatus.QUEUED, 1)
    assert email.last_error == "TypeError: a bug in the sending code"


def stored_message(**fields):
    return OutboundEmail.objects.create(**{
        "to": "toimittaja@example.fi", "language": "fi", "template": "test_message",
        "subject": "Testiviesti", "text_body": "Hei", **fields})


def test_send_queued_email_goes_through_every_message_and_then_reports_those_that_raised(
        settings):
    settings.EMAIL_BACKEND = "tests.notifications.backends.BrokenBackend"
    first, second = stored_message(), stored_message()

    with pytest.raises(CommandError, match=f"2 e-mails raised an error \\(ids {first.pk}, "):
        call_command("send_queued_email")

    for email in (first, second):
        email.refresh_from_db()
        assert (email.status, email.attempts) == (EmailStatus.QUEUED, 1)


def test_a_message_stuck_in_sending_goes_back_to_the_queue_and_is_sent(esp, mailoutbox):
    now = timezone.now()
    stuck = stored_message(to="jumissa@example.fi", status=EmailStatus.SENDING, attempts=1,
                           last_attempt_at=now - timedelta(minutes=11))
    busy = stored_message(to="kesken@example.fi", status=EmailStatus.SENDING, attempts=1,
                          last_attempt_at=now - timedelta(minutes=2))

    call_command("send_queued_email")

    stuck.refresh_from_db()
    busy.refresh_from_db()
    assert (stuck.status, stuck.attempts) == (EmailStatus.SENT, 2)
    assert "stopped before recording" in stuck.last_error
    assert busy.status == EmailStatus.SENDING  # its sender may still be at work
    assert [message.to for message in mailoutbox] == [["jumissa@example.fi"]]


def test_a_message_stuck_at_its_last_attempt_fails(settings):
    settings.EMAIL_MAX_ATTEMPTS = 2
    stuck = stored_message(status=EmailStatus.SENDING, attempts=2,
                           last_attempt_at=timezone.now() - timedelta(hours=1))

    send_due()

    stuck.refresh_from_db()
    assert stuck.status == EmailStatus.FAILED


def test_a_queued_message_to_an_address_suppressed_meanwhile_is_not_sent(
        django_capture_on_commit_callbacks, mailoutbox):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = queue_email(to="valittaja@example.fi", template="test_message", context={},
                            language="fi")
    suppress("valittaja@example.fi", SuppressionReason.COMPLAINT)

    callbacks[0]()

    email.refresh_from_db()
    assert email.status == EmailStatus.SUPPRESSED
    assert mailoutbox == []
