"""Queueing: a message is rendered in the recipient's language and stored before it is sent."""

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from portal.notifications.domain import queue_email, suppress
from portal.notifications.enums import EmailStatus, SuppressionReason
from portal.notifications.models import OutboundEmail

pytestmark = pytest.mark.django_db


def test_queueing_renders_the_message_in_finnish_and_in_swedish(queue):
    finnish, swedish = queue(language="fi"), queue(language="sv")

    assert finnish.subject == "Testiviesti"
    assert swedish.subject == "Testmeddelande"
    assert "Tämä on testiviesti portaalista http://testserver." in finnish.text_body
    assert "Detta är ett testmeddelande från portalen på http://testserver." in swedish.text_body
    assert "Älä vastaa siihen." in finnish.text_body
    assert "Svara inte på det." in swedish.text_body
    assert '<html lang="fi">' in finnish.html_body and "<p>Hei,</p>" in finnish.html_body
    assert '<html lang="sv">' in swedish.html_body and "<p>Hej,</p>" in swedish.html_body
    assert (finnish.language, swedish.language) == ("fi", "sv")


def test_the_text_body_is_not_html_escaped(queue, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.fi/?a=1&b=2"
    email = queue()
    assert "?a=1&b=2" in email.text_body
    assert "?a=1&amp;b=2" in email.html_body


def test_a_message_is_stored_before_it_is_sent(django_capture_on_commit_callbacks, mailoutbox,
                                               organisation_details):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = queue_email(to="toimittaja@example.fi", template="test_message", context={},
                            language="sv", headers={"X-Portal-Test": "1"})
        stored = OutboundEmail.objects.get(pk=email.pk)
    assert stored.status == EmailStatus.QUEUED
    assert stored.headers == {"X-Portal-Test": "1",
                              "From": "Marknadsdialog och upphandlingar <noreply@localhost>"}
    assert mailoutbox == []
    assert len(callbacks) == 1

    callbacks[0]()  # the transaction commits: the send task runs

    stored.refresh_from_db()
    assert stored.status == EmailStatus.SENT
    assert stored.sent_at is not None
    [message] = mailoutbox
    assert message.subject == "Testmeddelande"
    assert message.to == ["toimittaja@example.fi"]
    assert message.extra_headers["X-Portal-Test"] == "1"
    assert message.alternatives[0].mimetype == "text/html"


def test_nothing_is_stored_or_sent_when_the_transaction_that_queued_it_rolls_back(
        django_capture_on_commit_callbacks, mailoutbox):
    with (django_capture_on_commit_callbacks(execute=True) as callbacks,
          pytest.raises(RuntimeError, match="the form was invalid after all"),
          transaction.atomic()):
        queue_email(to="toimittaja@example.fi", template="test_message", context={},
                    language="fi")
        raise RuntimeError("the form was invalid after all")
    assert callbacks == []
    assert not OutboundEmail.objects.exists()
    assert mailoutbox == []


def test_queueing_twice_with_one_idempotency_key_stores_and_sends_one_message(queue, mailoutbox):
    first = queue(idempotency_key="tender-42-alert-7")
    second = queue(idempotency_key="tender-42-alert-7")
    third = queue(idempotency_key="tender-43-alert-7")

    assert second.pk == first.pk
    assert third.pk != first.pk
    assert OutboundEmail.objects.count() == 2
    assert len(mailoutbox) == 2


def test_a_message_to_a_suppressed_address_is_stored_but_never_sent(queue, mailoutbox):
    suppress("Pomppaava@Example.fi", SuppressionReason.HARD_BOUNCE)

    email = queue(to="pomppaava@example.fi")

    assert email.status == EmailStatus.SUPPRESSED
    assert OutboundEmail.objects.get(pk=email.pk).status == EmailStatus.SUPPRESSED
    assert mailoutbox == []


def test_queueing_refuses_an_unknown_language_and_a_broken_address(queue):
    with pytest.raises(ValueError, match="Unknown language"):
        queue(language="de")
    with pytest.raises(ValidationError):
        queue(to="not an address")
    assert not OutboundEmail.objects.exists()


def test_a_message_is_signed_and_sent_from_the_portal_in_the_readers_language(
        django_capture_on_commit_callbacks, mailoutbox, organisation_details):
    from portal.notifications.domain import queue_email

    with django_capture_on_commit_callbacks(execute=True):
        queue_email(to="lukija@example.fi", template="test_message", context={},
                    language="sv")
    [message] = mailoutbox
    assert message.from_email.startswith("Marknadsdialog och upphandlingar <")


# --- Many at once --------------------------------------------------------------------------

def messages(count, **fields):
    from portal.notifications.domain import Message

    languages = ["fi", "sv", "en"]
    return [Message(to=f"vastaanottaja{n}@example.fi", template="test_message", context={},
                    language=languages[n % 3], **fields) for n in range(count)]


@pytest.mark.parametrize("count", [2, 25])
def test_many_messages_are_queued_in_the_same_few_queries(
        count, django_assert_num_queries, django_capture_on_commit_callbacks):
    from portal.notifications.domain import queue_emails

    batch = messages(count)
    for number, message in enumerate(batch):
        message.idempotency_key = f"alert-{number}"
    # The keys already used, the suppressed addresses, the portal's names, the insert (in a
    # savepoint: two more).
    with django_capture_on_commit_callbacks() as callbacks, django_assert_num_queries(6):
        emails = queue_emails(batch)
    assert len(emails) == count and all(email.pk for email in emails)
    assert len(callbacks) == 1  # one send task for them all


def test_queued_together_each_is_rendered_and_signed_in_its_own_language(
        django_capture_on_commit_callbacks, mailoutbox, organisation_details):
    from portal.notifications.domain import queue_emails

    with django_capture_on_commit_callbacks(execute=True):
        finnish, swedish, _english = queue_emails(
            messages(3, headers={"X-Portal-Test": "1"}))
    assert finnish.subject == "Testiviesti" and swedish.subject == "Testmeddelande"
    assert swedish.headers == {"X-Portal-Test": "1",
                               "From": "Marknadsdialog och upphandlingar <noreply@localhost>"}
    assert "Svara inte på det." in swedish.text_body
    assert sorted(message.subject for message in mailoutbox) == \
        sorted(email.subject for email in (finnish, swedish, _english))
    assert all(email.status == EmailStatus.SENT
               for email in OutboundEmail.objects.all())


def test_queued_together_a_key_is_used_once_a_suppressed_address_is_not_sent_and_a_broken_one_is_none(  # noqa: E501
        queue, django_capture_on_commit_callbacks, mailoutbox):
    from portal.notifications.domain import Message, queue_emails

    earlier = queue(to="eka@example.fi", idempotency_key="alert-1")
    mailoutbox.clear()
    suppress("pomppaava@example.fi", SuppressionReason.HARD_BOUNCE)
    batch = [
        Message(to="eka@example.fi", template="test_message", context={}, language="fi",
                idempotency_key="alert-1"),
        Message(to="toka@example.fi", template="test_message", context={}, language="fi",
                idempotency_key="alert-2"),
        Message(to="toka@example.fi", template="test_message", context={}, language="fi",
                idempotency_key="alert-2"),
        Message(to="Pomppaava@Example.fi", template="test_message", context={},
                language="sv"),
        Message(to="not an address", template="test_message", context={}, language="fi"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        again, second, second_again, suppressed, broken = queue_emails(batch)
    assert again.pk == earlier.pk
    assert second.pk == second_again.pk
    assert suppressed.status == EmailStatus.SUPPRESSED
    assert broken is None
    assert OutboundEmail.objects.count() == 3
    assert [message.to for message in mailoutbox] == [["toka@example.fi"]]
    with pytest.raises(ValueError, match="Unknown language"):
        queue_emails(messages(1) + [Message(to="x@example.fi", template="test_message",
                                            context={}, language="de")])
    assert OutboundEmail.objects.count() == 3


def test_a_batch_whose_sending_fails_for_one_message_sends_the_rest(
        flaky_esp, django_capture_on_commit_callbacks, mailoutbox):
    from portal.notifications.domain import queue_emails

    flaky_esp.failures = 1
    with django_capture_on_commit_callbacks(execute=True):
        emails = queue_emails(messages(3))
    statuses = sorted(OutboundEmail.objects.get(pk=email.pk).status for email in emails)
    assert statuses == [EmailStatus.QUEUED, EmailStatus.SENT, EmailStatus.SENT]
