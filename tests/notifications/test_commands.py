"""Operators' commands: a test message to check the ESP set-up, and the queue's runs."""

import io

import pytest
from django.core.management import CommandError, call_command

from portal.notifications.domain import suppress
from portal.notifications.enums import SuppressionReason
from portal.notifications.models import OutboundEmail

pytestmark = pytest.mark.django_db


def run(*args, capture):
    out = io.StringIO()
    # The command runs outside a transaction in real use; here the test's transaction
    # has to "commit" for the send task to run.
    with capture(execute=True):
        call_command(*args, stdout=out)
    return out.getvalue()


def test_send_test_email_sends_the_test_message_in_the_language_asked(
        django_capture_on_commit_callbacks, esp, mailoutbox):
    output = run("send_test_email", "yllapito@example.fi", "--language", "sv",
                 capture=django_capture_on_commit_callbacks)

    email = OutboundEmail.objects.get()
    assert f"E-mail {email.pk} to yllapito@example.fi" in output
    assert email.template == "test_message"
    [message] = mailoutbox
    assert message.subject == "Testmeddelande"
    assert message.to == ["yllapito@example.fi"]


def test_send_test_email_is_in_finnish_by_default(django_capture_on_commit_callbacks,
                                                  mailoutbox):
    run("send_test_email", "yllapito@example.fi", capture=django_capture_on_commit_callbacks)
    assert mailoutbox[0].subject == "Testiviesti"


def test_send_test_email_says_so_when_the_address_is_suppressed():
    suppress("yllapito@example.fi", SuppressionReason.COMPLAINT)
    with pytest.raises(CommandError, match="not sent \\(suppressed\\)"):
        call_command("send_test_email", "yllapito@example.fi", stdout=io.StringIO())


def test_send_test_email_refuses_something_that_is_not_an_address():
    with pytest.raises(CommandError, match="Not an e-mail address"):
        call_command("send_test_email", "yllapito", stdout=io.StringIO())
    assert not OutboundEmail.objects.exists()


def test_send_queued_email_is_quiet_when_nothing_is_due():
    out = io.StringIO()
    call_command("send_queued_email", stdout=out)
    assert out.getvalue() == ""
