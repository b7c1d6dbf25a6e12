"""/healthz reports the outbox: messages waiting too long, messages failed for good."""

from datetime import timedelta

import pytest
from django.utils import timezone

from portal.notifications.enums import EmailStatus
from portal.notifications.models import OutboundEmail

pytestmark = pytest.mark.django_db


def stored_message(**fields):
    return OutboundEmail.objects.create(**{
        "to": "toimittaja@example.fi", "language": "fi", "template": "test_message",
        "subject": "Testiviesti", "text_body": "Hei", **fields})


def email_check(client):
    report = client.get("/healthz").json()
    return report["status"], report["checks"]["email"]


def test_healthz_reports_an_empty_outbox_as_ok(client):
    assert email_check(client) == ("ok", {"status": "ok", "queued_due": 0,
                                          "failed_last_24h": 0, "oldest_due_seconds": 0})


def test_messages_waiting_for_their_next_attempt_or_just_queued_are_ok(client):
    now = timezone.now()
    stored_message(next_attempt_at=now + timedelta(minutes=25), attempts=2)
    stored_message(next_attempt_at=now - timedelta(minutes=1))
    stored_message(status=EmailStatus.FAILED, attempts=6,
                   last_attempt_at=now - timedelta(days=2))

    status, check = email_check(client)
    assert status == "ok"
    assert check["status"] == "ok"
    assert check["queued_due"] == 1
    assert check["failed_last_24h"] == 0
    assert 60 <= check["oldest_due_seconds"] < 120


def test_healthz_is_degraded_when_a_due_message_has_waited_over_15_minutes(client):
    stored_message(next_attempt_at=timezone.now() - timedelta(minutes=16))

    status, check = email_check(client)
    assert (status, check["status"]) == ("degraded", "degraded")
    assert check["oldest_due_seconds"] >= 16 * 60


def test_healthz_is_degraded_when_a_message_failed_in_the_last_24_hours(client):
    stored_message(status=EmailStatus.FAILED, attempts=6,
                   last_attempt_at=timezone.now() - timedelta(hours=23))

    status, check = email_check(client)
    assert (status, check["status"], check["failed_last_24h"]) == ("degraded", "degraded", 1)
