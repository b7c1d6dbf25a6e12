"""Sending the outbox: claim a queued message, send it through EMAIL_BACKEND, record what
happened (sent, tried again later, failed, suppressed); and the state changes that go with it,
one function each. The tasks (tasks.py) and send_queued_email run these."""

import logging
import smtplib
from datetime import timedelta

from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from .enums import (
    ALLOWED_TRANSITIONS,
    EmailStatus,
)
from .models import OutboundEmail, SuppressedAddress, normalise_address

logger = logging.getLogger("portal.notifications")

# A message claimed longer ago than this lost its sender (a worker killed mid-send).
STUCK_AFTER = timedelta(minutes=10)
# Attempts are 1, 5, 25, 125 ... minutes apart, never more than this.
MAX_RETRY_DELAY = timedelta(hours=6)
BATCH_SIZE = 100

# The ESP (or the SMTP server) said no to this recipient: trying again will not help.
PERMANENT_ERRORS = (AnymailRecipientsRefused, AnymailInvalidAddress,
                    smtplib.SMTPRecipientsRefused)
# The ESP was down, slow or refused the request: the message waits for a later attempt.
# Anything else is a programming error: the attempt is recorded and the error raised.
TRANSIENT_ERRORS = (AnymailAPIError, smtplib.SMTPException, OSError)


class TransitionNotAllowed(RuntimeError):
    pass


def max_attempts():
    return getattr(settings, "EMAIL_MAX_ATTEMPTS", 6)


def retry_delay(attempts):
    """How long to wait after the given number of failed attempts."""
    minutes = 5 ** min(max(attempts - 1, 0), 10)  # a large EMAIL_MAX_ATTEMPTS stays finite
    return min(timedelta(minutes=minutes), MAX_RETRY_DELAY)


def is_suppressed(address):
    return SuppressedAddress.objects.filter(address=normalise_address(address)).exists()


# --- State changes, one function each ------------------------------------------------------

def _move(email, new, **changes):
    """Move a message from the state it is in to `new`, if the table allows it; saves only
    the status and `changes`.

    The update is conditional on the state the message was read in, so of two senders
    (two workers, a task run twice) only one wins; the loser gets False.
    """
    old = EmailStatus(email.status)
    if new not in ALLOWED_TRANSITIONS[old]:
        raise TransitionNotAllowed(f"An e-mail cannot move from {old} to {new}.")
    moved = OutboundEmail.objects.filter(pk=email.pk, status=old).update(status=new, **changes)
    if moved:
        email.status = new
        for name, value in changes.items():
            setattr(email, name, value)
    return bool(moved)


def claim(email_id, *, now=None):
    """queued → sending for one sender, if the message is due; the message or None."""
    now = now or timezone.now()
    email = OutboundEmail.objects.filter(pk=email_id).first()
    if email is None or email.status != EmailStatus.QUEUED or email.next_attempt_at > now:
        return None
    # attempts and next_attempt_at change only when a message leaves "sending", so the
    # values read with "queued" still hold if the conditional update succeeds.
    if _move(email, EmailStatus.SENDING, attempts=email.attempts + 1, last_attempt_at=now):
        return email
    return None


def mark_sent(email, *, esp_message_id="", now=None):
    forget = {"text_body": "", "html_body": ""} if email.confidential else {}
    return _move(email, EmailStatus.SENT, sent_at=now or timezone.now(),
                 esp_message_id=esp_message_id, **forget)


def mark_suppressed(email):
    return _move(email, EmailStatus.SUPPRESSED)


def retry_later(email, error):
    """sending → queued, due again after a delay (from the start of the failed attempt) that
    grows with each attempt."""
    started = email.last_attempt_at or timezone.now()
    moved = _move(email, EmailStatus.QUEUED, last_error=_describe(error),
                  next_attempt_at=started + retry_delay(email.attempts))
    if moved:
        logger.warning("E-mail %s not sent (attempt %s of %s), next attempt at %s: %s",
                       email.pk, email.attempts, max_attempts(),
                       email.next_attempt_at.isoformat(), email.last_error)
    return moved


def mark_failed(email, error):
    """sending → failed: no more attempts."""
    moved = _move(email, EmailStatus.FAILED, last_error=_describe(error))
    if moved:
        logger.error("E-mail %s to %s failed for good after %s attempts: %s",
                     email.pk, email.to, email.attempts, email.last_error)
    return moved


def record_failed_attempt(email, error):
    if email.attempts >= max_attempts():
        return mark_failed(email, error)
    return retry_later(email, error)


def _describe(error):
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return text[:2000]


# --- Sending -------------------------------------------------------------------------------

def build_message(email):
    headers = dict(email.headers or {})
    # A sender named in the reader's language (allauth's messages) is kept as the sender.
    from_email = headers.pop("From", None) or settings.DEFAULT_FROM_EMAIL
    message = EmailMultiAlternatives(
        subject=email.subject, body=email.text_body, from_email=from_email,
        to=[email.to], headers=headers or None,
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    for attachment in email.attachments or ():
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    return message


def _esp_message_id(message):
    # anymail backends set anymail_status; Django's own backends (console, SMTP) do not.
    status = getattr(message, "anymail_status", None)
    message_id = getattr(status, "message_id", None)
    if message_id is None or isinstance(message_id, set):
        return ""
    return str(message_id)


def send_queued_message(email_id, *, now=None):
    """Send one queued, due message through EMAIL_BACKEND; the message, or None when it was
    not due or another sender has it.

    An ESP failure is recorded on the message (tried again later, or failed after
    EMAIL_MAX_ATTEMPTS) and not raised; any other error is recorded and raised.
    """
    now = now or timezone.now()
    email = claim(email_id, now=now)
    if email is None:
        return None
    if is_suppressed(email.to):
        mark_suppressed(email)
        return email
    try:
        message = build_message(email)
        message.send()
    except PERMANENT_ERRORS as error:
        mark_failed(email, error)
    except TRANSIENT_ERRORS as error:
        record_failed_attempt(email, error)
    except Exception as error:
        record_failed_attempt(email, error)
        raise
    else:
        mark_sent(email, esp_message_id=_esp_message_id(message), now=now)
    return email


def requeue_stuck(*, now=None):
    """Give a message whose sender died (sending for over STUCK_AFTER) another attempt, or
    fail it when that was its last. Whether the lost attempt reached the ESP is unknown:
    sending it again risks a duplicate, which is better than losing it."""
    now = now or timezone.now()
    stuck = list(OutboundEmail.objects.filter(status=EmailStatus.SENDING,
                                              last_attempt_at__lt=now - STUCK_AFTER))
    for email in stuck:
        record_failed_attempt(
            email, "The sender stopped before recording the result (worker killed?).")
    return stuck


def send_due(*, now=None, batch_size=BATCH_SIZE):
    """Send every queued message that is due, in batches; what send_queued_email runs.

    Returns the number of messages in each resulting state and the ids of those whose
    sending raised (logged here, so that one broken message does not hold up the rest).
    """
    now = now or timezone.now()
    requeue_stuck(now=now)
    counts, errors, last_pk = {}, [], 0
    while True:
        batch = list(OutboundEmail.objects.due(now).filter(pk__gt=last_pk).order_by("pk")
                     .values_list("pk", flat=True)[:batch_size])
        if not batch:
            break
        for email_id in batch:
            try:
                email = send_queued_message(email_id, now=now)
            except Exception:
                logger.exception("Sending e-mail %s raised.", email_id)
                errors.append(email_id)
                continue
            if email is not None:
                counts[email.status] = counts.get(email.status, 0) + 1
        last_pk = batch[-1]
    return counts, errors
