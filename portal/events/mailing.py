"""The e-mails to registrants, in the registrant's language, and the signed links in them."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare, salted_hmac

from portal.notifications.domain import queue_email

from .ical import event_calendar, event_url
from .models import event_in, waiting_position

LINK_ACTIONS = ("confirm", "cancel", "accept")
# Messages that carry the online link and the calendar entry: only to confirmed registrants.
CONFIRMED_TEMPLATES = {"events_confirmed", "events_reminder", "events_message"}


def link_token(registration, action):
    """A token for a link that acts on one registration; it changes with the registration's
    secret, which is emptied when the person's data is erased."""
    return salted_hmac(f"portal.events.{action}", f"{registration.pk}:{registration.secret}",
                       algorithm="sha256").hexdigest()[:40]


def token_is_valid(registration, action, token):
    return bool(registration.secret) and action in LINK_ACTIONS and \
        constant_time_compare(link_token(registration, action), token or "")


def link_path(registration, action, language=None):
    with translation.override(language or registration.language):
        return reverse("events:link", kwargs={
            "pk": registration.pk, "action": action,
            "token": link_token(registration, action)})


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def context_for(registration, event, **extra):
    confirmed = registration.status == "confirmed"
    return {
        "registration": registration, "event": event, "event_url": event_url(event),
        "start": timezone.localtime(event.start), "end": timezone.localtime(event.end),
        "online_url": event.online_url if confirmed else "",
        "cancel_url": _absolute(link_path(registration, "cancel")) if registration.secret
        else "",
        "confirm_url": _absolute(link_path(registration, "confirm")),
        "accept_url": _absolute(link_path(registration, "accept")),
        "offer_expires_at": registration.offer_expires_at and
        timezone.localtime(registration.offer_expires_at),
        "position": waiting_position(registration),
        **extra,
    }


def notify(registration, template, **extra):
    """Queue the e-mail `template` to the registrant, about the event in their language."""
    event = event_in(registration.event_key, registration.language)
    attachments = None
    if template == "events_confirmed" or (
            template == "events_changed" and registration.status == "confirmed"):
        # The entry's description is written in the registrant's language, as the e-mail.
        with translation.override(registration.language):
            calendar = event_calendar(event, online_url=event.online_url)
        attachments = [("event.ics", calendar.to_ical().decode("utf-8"), "text/calendar")]
    key = None
    if template in ("events_reminder", "events_thanks"):
        key = f"{template}-{registration.pk}"
    elif template == "events_changed":
        digest = salted_hmac("events_changed", extra.get("change_key", "")).hexdigest()[:16]
        key = f"{template}-{registration.pk}-{digest}"
    elif template == "events_offer":
        key = f"{template}-{registration.pk}-{registration.offer_expires_at.timestamp():.0f}"
    with translation.override(registration.language):
        context = context_for(registration, event, **extra)
    return queue_email(to=registration.email, template=template, context=context,
                       language=registration.language, idempotency_key=key,
                       attachments=attachments)
