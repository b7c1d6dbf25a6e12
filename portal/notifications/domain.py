"""Queueing outgoing e-mail, and what the ESP reports about it afterwards.

Sending a queued message (claimed by one sender, sent, tried again later, failed for good or
suppressed) is in sending.py, which the tasks run."""

import logging
from dataclasses import dataclass
from email.utils import formataddr, parseaddr
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation

from .enums import (
    DELIVERY_RANK,
    SUPPRESSING_EVENTS,
    DeliveryStatus,
    EmailStatus,
)
from .models import OutboundEmail, SuppressedAddress, normalise_address
from .sending import is_suppressed
from .tasks import send_email, send_emails

logger = logging.getLogger("portal.notifications")

# --- Queueing ------------------------------------------------------------------------------

# Where the portal's names come from: portal.core (a layer above) sets this at start-up to
# OrganisationDetails.portal_names, so that the outbox imports nothing of the portal's own.
_portal_names_source = None


def set_portal_names_source(source):
    """source(languages) -> {language: the portal's name}, for the languages it knows."""
    global _portal_names_source
    _portal_names_source = source


def portal_names(languages):
    """{language: the portal's name in it} (the organisation's details, else the default
    language's, else WAGTAIL_SITE_NAME); one query for any number of languages."""
    languages = set(languages)
    names = _portal_names_source([*languages, settings.LANGUAGE_CODE]) \
        if _portal_names_source else {}
    return {language: names.get(language) or names.get(settings.LANGUAGE_CODE)
            or settings.WAGTAIL_SITE_NAME for language in languages}


def portal_name():
    """The portal's name in the active language (the organisation's details), which the
    messages are signed with and sent from."""
    language = translation.get_language()
    return portal_names([language])[language]


def sender(language, name=None):
    """The From address: the portal's name in the reader's language."""
    _name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if name is None:
        with translation.override(language):
            name = portal_name()
    return formataddr((name, address))


def render_email(template, context, language, *, site_name=None):
    """Subject, text and HTML (or "") of notifications/email/<template> in a language;
    `site_name` is the portal's name in it when the caller already knows it."""
    base = f"notifications/email/{template}"
    with translation.override(language):
        context = {"site_name": site_name if site_name is not None else portal_name(),
                   "base_url": settings.WAGTAILADMIN_BASE_URL, **context}
        subject = " ".join(render_to_string(f"{base}.subject.txt", context).split())
        context["subject"] = subject
        text_body = render_to_string(f"{base}.txt", context).strip() + "\n"
        try:
            html_template = get_template(f"{base}.html")
        except TemplateDoesNotExist:
            html_body = ""
        else:
            html_body = html_template.render(context)
    return subject, text_body, html_body


def queue_email(*, to, template, context, language, idempotency_key=None, headers=None,
                attachments=None):
    """Render a message in `language`, store it, and send it once the transaction commits.

    With an `idempotency_key`, a message already stored under that key is returned instead
    of a second copy. A message to a suppressed address is stored as suppressed, unsent.
    `attachments` are (filename, content, mimetype) of small text files.
    """
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unknown language {language!r} for an e-mail.")
    validate_email(to)
    if idempotency_key:
        existing = OutboundEmail.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing
    subject, text_body, html_body = render_email(template, context, language)
    headers = {"From": sender(language), **(headers or {})}
    return queue_rendered_email(
        to=to, template=template, language=language, subject=subject, text_body=text_body,
        html_body=html_body, headers=headers, idempotency_key=idempotency_key,
        attachments=attachments)


def queue_rendered_email(*, to, template, language, subject, text_body, html_body="",
                         headers=None, idempotency_key=None, confidential=False,
                         attachments=None):
    """Store a message rendered elsewhere (allauth's account e-mails) and send it on commit.

    A `confidential` message (a sign-in or password-reset link) has its text removed once
    it is sent, and staff reading the outbox never see it.
    """
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    validate_email(to)
    now = timezone.now()
    email = OutboundEmail(
        to=to, language=language, template=template, subject=subject, text_body=text_body,
        html_body=html_body, headers=dict(headers or {}), idempotency_key=idempotency_key or None,
        attachments=[{"filename": filename, "content": content, "mimetype": mimetype}
                     for filename, content, mimetype in attachments or ()],
        confidential=confidential, created_at=now, next_attempt_at=now,
        status=EmailStatus.SUPPRESSED if is_suppressed(to) else EmailStatus.QUEUED,
    )
    try:
        with transaction.atomic():
            email.save()
    except IntegrityError:
        # Another request stored the same key between our look-up and our insert.
        existing = idempotency_key and OutboundEmail.objects.filter(
            idempotency_key=idempotency_key).first()
        if not existing:
            raise
        return existing
    if email.status == EmailStatus.QUEUED:
        # In production a failing enqueue is only logged: the message waits in the outbox
        # for send_queued_email. In development and tests it is raised.
        transaction.on_commit(partial(_enqueue_send, email.pk),
                              robust=not getattr(settings, "TASKS_RAISE_ON_FAILURE", False))
    else:
        logger.info("E-mail %s to a suppressed address stored unsent.", email.pk)
    return email


def _enqueue_send(email_id):
    send_email.enqueue(email_id)


@dataclass
class Message:
    """One message for queue_emails(): what queue_email() takes, as a record."""

    to: str
    template: str
    context: dict
    language: str
    idempotency_key: str | None = None
    headers: dict | None = None
    attachments: list | None = None


def queue_emails(messages):
    """Queue many messages at once, as queue_email() queues one: each rendered in its own
    language, from the portal's name in it, stored before it is sent, once per idempotency
    key, unsent to a suppressed address. One result per message, in order: the stored
    message (or the one already stored under its key), or None for an address that is not
    valid (the caller decides what that means).

    A fixed number of queries whatever the number of messages: the keys already used, the
    suppressed addresses, the portal's names, and the insert (which Django splits into
    statements of as many rows as the database takes); one send task for all of them once
    the transaction commits.
    """
    messages = list(messages)
    for message in messages:
        if message.language not in dict(settings.LANGUAGES):
            raise ValueError(f"Unknown language {message.language!r} for an e-mail.")
    valid = [message for message in messages if _is_valid_address(message.to)]
    keys = {message.idempotency_key for message in valid if message.idempotency_key}
    stored = {email.idempotency_key: email
              for email in OutboundEmail.objects.filter(idempotency_key__in=keys)} \
        if keys else {}
    suppressed = set(SuppressedAddress.objects.filter(
        address__in={normalise_address(message.to) for message in valid})
        .values_list("address", flat=True)) if valid else set()
    names = portal_names({message.language for message in valid}) if valid else {}
    now = timezone.now()
    results, new, new_keys = [], [], {}
    valid_ids = {id(message) for message in valid}
    for message in messages:
        key = message.idempotency_key or None
        if id(message) not in valid_ids:
            results.append(None)
            continue
        if key and key in stored:
            results.append(stored[key])
            continue
        if key and key in new_keys:  # the same key twice in one call: one message
            results.append(new_keys[key])
            continue
        name = names[message.language]
        subject, text_body, html_body = render_email(
            message.template, message.context, message.language, site_name=name)
        email = OutboundEmail(
            to=message.to, language=message.language, template=message.template,
            subject=subject, text_body=text_body, html_body=html_body,
            headers={"From": sender(message.language, name), **(message.headers or {})},
            idempotency_key=key,
            attachments=[{"filename": filename, "content": content, "mimetype": mimetype}
                         for filename, content, mimetype in message.attachments or ()],
            created_at=now, next_attempt_at=now,
            status=EmailStatus.SUPPRESSED if normalise_address(message.to) in suppressed
            else EmailStatus.QUEUED)
        results.append(email)
        new.append(email)
        if key:
            new_keys[key] = email
    if not new:
        return results
    if connection.features.can_return_rows_from_bulk_insert:
        try:
            with transaction.atomic():
                OutboundEmail.objects.bulk_create(new)
        except IntegrityError:
            # Another process stored one of the keys since we looked: store them one by one,
            # each returning the message already stored under its key.
            pass
        else:
            _send_on_commit([email.pk for email in new if email.status == EmailStatus.QUEUED])
            for email in new:
                if email.status == EmailStatus.SUPPRESSED:
                    logger.info("E-mail %s to a suppressed address stored unsent.", email.pk)
            return results
    # One at a time: a database that gives no ids back from a bulk insert, or a key race.
    by_identity = {}
    for email in new:
        by_identity[id(email)] = queue_rendered_email(
            to=email.to, template=email.template, language=email.language,
            subject=email.subject, text_body=email.text_body, html_body=email.html_body,
            headers=email.headers, idempotency_key=email.idempotency_key,
            attachments=[(a["filename"], a["content"], a["mimetype"])
                         for a in email.attachments])
    return [by_identity.get(id(result), result) if result is not None else None
            for result in results]


def _is_valid_address(address):
    try:
        validate_email(address)
    except ValidationError:
        return False
    return True


def _send_on_commit(email_ids):
    if email_ids:
        transaction.on_commit(partial(_enqueue_send_many, email_ids),
                              robust=not getattr(settings, "TASKS_RAISE_ON_FAILURE", False))


def _enqueue_send_many(email_ids):
    send_emails.enqueue(email_ids)


# --- What the ESP reports ------------------------------------------------------------------

def suppress(address, reason, *, detail=""):
    """Put an address on the suppression list (kept with its first reason)."""
    entry, created = SuppressedAddress.objects.get_or_create(
        address=normalise_address(address), defaults={"reason": reason, "detail": detail[:2000]})
    if created:
        logger.info("Address suppressed (%s).", reason)
    return entry


@transaction.atomic
def record_delivery_report(*, event_type, message_id=None, recipient=None, when=None,
                           detail=""):
    """Record an ESP's report (anymail's normalised event type) on the message it is about,
    and suppress the address after a hard bounce, a rejection, a complaint or an
    unsubscription. Reports of other kinds (opened, clicked …) are not kept."""
    try:
        status = DeliveryStatus(event_type)
    except ValueError:
        return None
    if status == DeliveryStatus.NONE:
        return None
    when = when or timezone.now()
    email = None
    if message_id:
        email = (OutboundEmail.objects.select_for_update()
                 .filter(esp_message_id=str(message_id)).order_by("-pk").first())
    if email is not None and \
            DELIVERY_RANK[status] >= DELIVERY_RANK[DeliveryStatus(email.delivery_status)]:
        email.delivery_status, email.delivery_updated_at = status, when
        email.save(update_fields=["delivery_status", "delivery_updated_at"])
    address = recipient or (email.to if email else None)
    if address and status in SUPPRESSING_EVENTS:
        suppress(address, SUPPRESSING_EVENTS[status], detail=detail)
    return email
