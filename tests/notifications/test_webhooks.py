"""The ESP's tracking webhook (Postmark's, through anymail) records delivery and bounces."""

import base64
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from portal.notifications.domain import record_delivery_report
from portal.notifications.enums import DeliveryStatus, EmailStatus, SuppressionReason
from portal.notifications.models import OutboundEmail, SuppressedAddress

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _webhook_secret(settings):
    # What ANYMAIL_WEBHOOK_SECRET sets; Postmark sends it as HTTP basic authentication.
    settings.ANYMAIL = {"WEBHOOK_SECRET": "postmark:s3cret-webhook"}


URL = "/anymail/postmark/tracking/"
MESSAGE_ID = "883953f4-6105-42a2-a16a-77a8eac79483"

# Postmark's own examples of its webhook payloads.
HARD_BOUNCE = {
    "RecordType": "Bounce", "MessageStream": "outbound", "ID": 4323372036854775807,
    "Type": "HardBounce", "TypeCode": 1, "Name": "Hard bounce", "Tag": "",
    "MessageID": MESSAGE_ID, "Metadata": {}, "ServerID": 23,
    "Description": "The server was unable to deliver your message (ex: unknown user, "
                   "mailbox not found).",
    "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
    "Email": "pomppaava@example.fi", "From": "noreply@example.fi",
    "BouncedAt": "2026-11-05T16:33:54.9070259Z", "DumpAvailable": True, "Inactive": True,
    "CanActivate": True, "Subject": "Testiviesti", "Content": "",
}
TRANSIENT_BOUNCE = {**HARD_BOUNCE, "Type": "Transient", "TypeCode": 2, "Name": "Message delayed"}
SPAM_COMPLAINT = {**HARD_BOUNCE, "RecordType": "SpamComplaint", "Type": "SpamComplaint",
                  "TypeCode": 512, "Name": "Spam complaint"}
DELIVERY = {
    "RecordType": "Delivery", "ServerID": 23, "MessageStream": "outbound",
    "MessageID": MESSAGE_ID, "Recipient": "pomppaava@example.fi", "Tag": "",
    "DeliveredAt": "2026-11-05T16:33:54.9070259Z", "Details": "Test delivery webhook details",
    "Metadata": {},
}


def basic_auth(credentials):
    return "Basic " + base64.b64encode(credentials.encode()).decode()


def post(client, payload, credentials="postmark:s3cret-webhook"):
    headers = {"HTTP_AUTHORIZATION": basic_auth(credentials)} if credentials else {}
    return client.post(URL, data=json.dumps(payload), content_type="application/json",
                       **headers)


@pytest.fixture
def sent_message(db):
    return OutboundEmail.objects.create(
        to="pomppaava@example.fi", language="fi", template="test_message",
        subject="Testiviesti", text_body="Hei", status=EmailStatus.SENT,
        sent_at=timezone.now(), esp_message_id=MESSAGE_ID)


def test_a_signed_hard_bounce_is_recorded_and_suppresses_the_address(client, sent_message):
    response = post(client, HARD_BOUNCE)

    assert response.status_code == 200
    sent_message.refresh_from_db()
    assert sent_message.delivery_status == DeliveryStatus.BOUNCED
    assert sent_message.delivery_updated_at.isoformat().startswith("2026-11-05T16:33:54")
    suppressed = SuppressedAddress.objects.get(address="pomppaava@example.fi")
    assert suppressed.reason == SuppressionReason.HARD_BOUNCE
    assert "550 5.1.1" in suppressed.detail


def test_a_bounce_of_a_message_sent_through_the_outbox_finds_it(client, queue, esp):
    email = queue(to="Pomppaava@Example.fi")
    email.refresh_from_db()

    post(client, {**HARD_BOUNCE, "MessageID": email.esp_message_id})

    email.refresh_from_db()
    assert email.delivery_status == DeliveryStatus.BOUNCED
    assert SuppressedAddress.objects.filter(address="pomppaava@example.fi").exists()
    assert queue(to="pomppaava@example.fi").status == EmailStatus.SUPPRESSED


@pytest.mark.parametrize("credentials", [None, "postmark:wrong", "other:s3cret-webhook"])
def test_a_report_without_the_webhook_secret_is_refused_and_changes_nothing(
        client, sent_message, credentials):
    response = post(client, HARD_BOUNCE, credentials=credentials)

    assert response.status_code == 400
    sent_message.refresh_from_db()
    assert sent_message.delivery_status == DeliveryStatus.NONE
    assert not SuppressedAddress.objects.exists()


def test_a_spam_complaint_suppresses_the_address(client, sent_message):
    post(client, SPAM_COMPLAINT)

    sent_message.refresh_from_db()
    assert sent_message.delivery_status == DeliveryStatus.COMPLAINED
    assert SuppressedAddress.objects.get().reason == SuppressionReason.COMPLAINT


def test_a_delivery_and_a_soft_bounce_are_recorded_without_suppressing(client, sent_message):
    post(client, TRANSIENT_BOUNCE)
    sent_message.refresh_from_db()
    assert sent_message.delivery_status == DeliveryStatus.DEFERRED

    post(client, DELIVERY)
    sent_message.refresh_from_db()
    assert sent_message.delivery_status == DeliveryStatus.DELIVERED
    assert not SuppressedAddress.objects.exists()


def test_a_late_report_of_a_delay_does_not_undo_the_delivery(sent_message):
    now = timezone.now()
    record_delivery_report(event_type="delivered", message_id=MESSAGE_ID, when=now)
    record_delivery_report(event_type="deferred", message_id=MESSAGE_ID,
                           when=now + timedelta(minutes=1))
    record_delivery_report(event_type="opened", message_id=MESSAGE_ID)

    sent_message.refresh_from_db()
    assert sent_message.delivery_status == DeliveryStatus.DELIVERED
    assert sent_message.delivery_updated_at == now


def test_a_bounce_of_mail_sent_outside_the_outbox_still_suppresses_the_address(client):
    post(client, {**HARD_BOUNCE, "MessageID": "not-from-the-outbox"})
    assert SuppressedAddress.objects.filter(address="pomppaava@example.fi").exists()
