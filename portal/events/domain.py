"""What happens to event registrations: registered, confirmed, offered a freed place,
accepted, expired, cancelled, attended; and to the event: closed, cancelled, messaged.

One function per change. Each checks the move against ALLOWED_TRANSITIONS, saves what
changed, writes the audit log on the event page and queues the e-mail. Every change that
takes or frees a place first locks the event's RegistrationLock row (SELECT … FOR UPDATE in
the same transaction), so the places taken never exceed the event's open places, however
many registrations arrive at once.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.dispatch import Signal
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal.core.page_cache import forget_pages
from portal.core.questions import QuestionKind
from suppliers.domain import membership_of

from . import mailing
from .enums import ACTIVE_STATES, ALLOWED_TRANSITIONS, RegistrationStatus
from .models import EventPage, Registration, RegistrationLock, event_in, places_taken

S = RegistrationStatus

# Sent with the event (`instance`) when it is cancelled: every language version changes with
# one QuerySet.update, which Django's model signals do not see.
event_cancelled = Signal()


class TransitionNotAllowed(ValidationError):
    pass


# --- Reading --------------------------------------------------------------------------------

def free_places(event):
    """Places a registration could take now; None when there is no limit."""
    if event.open_places is None:
        return None
    return max(event.open_places - places_taken(event), 0)


def registration_closed_reason(event, *, now=None):
    """Why the event takes no registrations now; None if it does."""
    now = now or timezone.now()
    if event.cancelled:
        return _("This event is cancelled.")
    if event.closed_at or event.start <= now:
        return _("Registration has closed.")
    if event.registration_opens and event.registration_opens > now:
        return _("Registration has not opened yet.")
    if event.registration_closes and event.registration_closes <= now:
        return _("Registration has closed.")
    return None


def registration_of(user, event):
    """The user's active registration for the event, or None."""
    if not user.is_authenticated:
        return None
    return Registration.objects.of_event(event).active().filter(user=user) \
        .select_related("organisation").first()


# --- Rules ----------------------------------------------------------------------------------

def _lock(event_key):
    """Lock the event's row; every change of places goes through here inside a transaction."""
    RegistrationLock.objects.get_or_create(event_key=event_key)
    return RegistrationLock.objects.select_for_update().get(event_key=event_key)


def _move(registration, new, **changes):
    old = S(registration.status)
    if new not in ALLOWED_TRANSITIONS[old]:
        raise TransitionNotAllowed(_("This registration cannot be changed that way."),
                                   code="transition")
    registration.status = new
    for name, value in changes.items():
        setattr(registration, name, value)
    registration.save(update_fields=["status", "updated_at", *changes])


def _log(event, action, user, registration=None, **data):
    if registration is not None:
        data = {"registration": registration.pk, "name": registration.name,
                "status": registration.status, **data}
    log(instance=event, action=f"events.{action}", user=user, data=data)


def _language(language):
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def clean_answers(event, answers):
    """The answers to the event's questions, keyed by the question's translation key; a
    ValidationError keyed by the question's form field name for a missing required one."""
    answers = answers or {}
    cleaned, errors = {}, {}
    for question in event.questions.all():
        key = str(question.translation_key)
        value = answers.get(key)
        if question.kind == QuestionKind.MULTIPLE_CHOICE:
            value = [item for item in (value or []) if item in question.choice_list]
        elif question.kind == QuestionKind.CHOICE:
            value = value if value in question.choice_list else ""
        elif question.kind == QuestionKind.CHECKBOX:
            value = bool(value)
        else:
            value = (value or "").strip()[:4000]
        if question.required and value in ("", [], False, None):
            errors[f"q_{question.translation_key.hex}"] = _("Answer this question.")
        cleaned[key] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def _take_place_or_wait(registration, event, now):
    """Confirmed if a place is free and nobody waits ahead; else onto the waiting list."""
    free = free_places(event)
    nobody_waits = not Registration.objects.of_event(event).filter(status=S.WAITING).exists()
    if free is None or (free > 0 and nobody_waits):
        return S.CONFIRMED, {"confirmed_at": now}
    last = Registration.objects.of_event(event).aggregate(n=Max("waitlist_number"))["n"] or 0
    return S.WAITING, {"waitlist_number": last + 1}


# --- Registering ----------------------------------------------------------------------------

@transaction.atomic
def register(event, *, user=None, name="", email="", organisation=None,
             organisation_name="", answers=None, language=None, now=None):
    """Register for the event.

    A signed-in `user` registers themselves in one step (for `organisation` if given, which
    they must be an active member of): confirmed, or on the waiting list when the event is
    full. A guest gives name, e-mail and organisation name: the registration waits for the
    guest to confirm it through the e-mailed link, and holds no place until then.
    """
    now = now or timezone.now()
    language = _language(language)
    reason = registration_closed_reason(event, now=now)
    if reason:
        raise ValidationError(reason, code="closed")
    if user is not None and user.is_authenticated:
        if organisation is not None and membership_of(user, organisation) is None:
            raise PermissionDenied(_("Only the organisation's members can do this."))
        name = user.get_full_name() or user.email
        email = user.email
        organisation_name = organisation.name if organisation else ""
    else:
        user, organisation = None, None
        errors = {}
        if not (name or "").strip():
            errors["name"] = _("Enter your name.")
        if not (email or "").strip():
            errors["email"] = _("Enter your e-mail address.")
        if errors:
            raise ValidationError(errors)
    answers = clean_answers(event, answers)
    email = email.strip().lower()
    _lock(event.translation_key)
    existing = Registration.objects.of_event(event).active().filter(email=email).first()
    if existing is not None:
        raise ValidationError(
            _("This e-mail address is already registered for this event.") if
            existing.status != S.PENDING else
            _("This e-mail address is already registered and waits for confirmation. Follow "
              "the link in the e-mail we sent."), code="duplicate")
    registration = Registration(
        event_key=event.translation_key, user=user, name=name.strip()[:200], email=email,
        organisation=organisation, organisation_name=(organisation_name or "").strip()[:200],
        language=language, answers=answers, status=S.PENDING)
    if user is not None:
        status, changes = _take_place_or_wait(registration, event, now)
        registration.status = status
        for field_name, value in changes.items():
            setattr(registration, field_name, value)
    registration.full_clean(exclude=["secret"])
    registration.save()
    _log(event, "register", user, registration)
    mailing.notify(registration, {
        S.PENDING: "events_confirm_guest", S.CONFIRMED: "events_confirmed",
        S.WAITING: "events_waiting"}[registration.status])
    return registration


@transaction.atomic
def confirm(registration, *, now=None):
    """A guest confirms their registration through the e-mailed link: confirmed, or on the
    waiting list when the places went while they did not yet confirm."""
    now = now or timezone.now()
    event = event_in(registration.event_key, registration.language)
    _lock(registration.event_key)
    registration.refresh_from_db()
    if registration.status != S.PENDING:
        raise TransitionNotAllowed(_("This registration is already confirmed."),
                                   code="transition")
    if event.cancelled or event.closed_at or event.start <= now:
        raise ValidationError(_("Registration has closed."), code="closed")
    status, changes = _take_place_or_wait(registration, event, now)
    _move(registration, status, **changes)
    _log(event, "confirm", None, registration)
    mailing.notify(registration, "events_confirmed" if status == S.CONFIRMED
                   else "events_waiting")
    return registration


@transaction.atomic
def cancel(registration, *, user=None, now=None):
    """The registrant cancels (through the signed link or on My page); a place they held
    goes to the first on the waiting list."""
    now = now or timezone.now()
    event = event_in(registration.event_key, registration.language)
    _lock(registration.event_key)
    registration.refresh_from_db()
    if registration.status not in ACTIVE_STATES:
        raise TransitionNotAllowed(_("This registration is already cancelled."),
                                   code="transition")
    _move(registration, S.CANCELLED, cancelled_at=now, offer_expires_at=None)
    _log(event, "cancel", user, registration)
    offer_free_places(event, now=now)
    return registration


@transaction.atomic
def offer_free_places(event, *, now=None):
    """Offer each free place to the next on the waiting list, who has the event's
    `offer_hours` (never past the event's start) to accept it. The offers made."""
    now = now or timezone.now()
    if event.cancelled or event.closed_at or event.start <= now:
        return []
    _lock(event.translation_key)
    free = free_places(event)
    if free is None:
        free = Registration.objects.of_event(event).filter(status=S.WAITING).count()
    offers = []
    expires = min(now + datetime.timedelta(hours=event.offer_hours), event.start)
    for registration in Registration.objects.of_event(event).waiting()[:free]:
        _move(registration, S.OFFERED, offer_expires_at=expires)
        _log(event, "offer", None, registration)
        mailing.notify(registration, "events_offer")
        offers.append(registration)
    return offers


@transaction.atomic
def accept_offer(registration, *, user=None, now=None):
    now = now or timezone.now()
    event = event_in(registration.event_key, registration.language)
    _lock(registration.event_key)
    registration.refresh_from_db()
    if registration.status != S.OFFERED:
        raise TransitionNotAllowed(_("There is no place offered to accept."), code="transition")
    if registration.offer_expires_at <= now:
        raise ValidationError(_("The offer has expired."), code="expired")
    _move(registration, S.CONFIRMED, confirmed_at=now, offer_expires_at=None)
    _log(event, "accept", user, registration)
    mailing.notify(registration, "events_confirmed")
    return registration


def expire_offers(*, now=None):
    """Offers past their time expire and their places go to the next; and a place freed
    some other way (staff raised the capacity) is offered. The number of offers expired."""
    now = now or timezone.now()
    expired = 0
    keys = set(Registration.objects.filter(status=S.OFFERED, offer_expires_at__lte=now)
               .values_list("event_key", flat=True))
    keys |= set(Registration.objects.filter(status=S.WAITING)
                .values_list("event_key", flat=True))
    for key in keys:
        with transaction.atomic():
            event = event_in(key, settings.LANGUAGE_CODE)
            if event is None:
                continue
            _lock(key)
            for registration in Registration.objects.filter(
                    event_key=key, status=S.OFFERED, offer_expires_at__lte=now):
                _move(registration, S.EXPIRED)
                _log(event, "expire", None, registration)
                mailing.notify(registration, "events_offer_expired")
                expired += 1
            offer_free_places(event, now=now)
    return expired


# --- Staff ----------------------------------------------------------------------------------

def _require(user, permission):
    if user is not None and not user.has_perm(f"events.{permission}_registration"):
        raise PermissionDenied(_("You do not have permission to manage event registrations."))


@transaction.atomic
def mark_attendance(registration, attended, *, user=None):
    """Record whether a confirmed registrant came (True / False / None for not known)."""
    _require(user, "change")
    if registration.status != S.CONFIRMED:
        raise TransitionNotAllowed(_("Only confirmed registrations can be marked as attended."),
                                   code="transition")
    if registration.attended == attended:
        return registration
    registration.attended = attended
    registration.save(update_fields=["attended", "updated_at"])
    event = event_in(registration.event_key, settings.LANGUAGE_CODE)
    _log(event, "attendance", user, registration, attended=attended)
    return registration


def attended_count(event):
    return Registration.objects.of_event(event).filter(status=S.CONFIRMED, attended=True) \
        .count()


@transaction.atomic
def close_event(event, *, user=None, attendee_count=None, now=None):
    """Close the event with its attendee count (by default those marked as attended), in
    every language version, and thank those who came (or every confirmed registrant when
    attendance was not marked) with a link to the materials."""
    _require(user, "change")
    now = now or timezone.now()
    if event.closed_at:
        raise TransitionNotAllowed(_("This event is already closed."), code="transition")
    if event.cancelled:
        raise TransitionNotAllowed(_("A cancelled event cannot be closed."), code="transition")
    if event.start > now:
        raise ValidationError(_("An event can be closed once it has started."), code="early")
    if attendee_count is None:
        attendee_count = attended_count(event)
    if attendee_count < 0:
        raise ValidationError(_("The number of attendees cannot be negative."))
    EventPage.objects.filter(translation_key=event.translation_key).update(
        closed_at=now, attendee_count=attendee_count)
    event.closed_at, event.attendee_count = now, attendee_count
    _log(event, "close", user, attendee_count=attendee_count)
    confirmed = Registration.objects.of_event(event).filter(status=S.CONFIRMED)
    thanked = confirmed.filter(attended=True) if confirmed.filter(attended=True).exists() \
        else confirmed.exclude(attended=False)
    for registration in thanked:
        mailing.notify(registration, "events_thanks")
    # Offers and the waiting list end with the event.
    for registration in Registration.objects.of_event(event).filter(
            status__in=(S.WAITING, S.OFFERED, S.PENDING)):
        _move(registration, S.CANCELLED if registration.status != S.OFFERED else S.EXPIRED,
              offer_expires_at=None)
    return event


@transaction.atomic
def cancel_event(event, *, user=None, message="", now=None):
    """Cancel the event in every language version and tell every registrant."""
    _require(user, "change")
    now = now or timezone.now()
    if event.cancelled:
        raise TransitionNotAllowed(_("This event is already cancelled."), code="transition")
    if event.closed_at:
        raise TransitionNotAllowed(_("A closed event cannot be cancelled."), code="transition")
    EventPage.objects.filter(translation_key=event.translation_key).update(cancelled=True)
    event.cancelled = True
    # The update sends no save signal: the cached event page and listings go by hand.
    forget_pages()
    event_cancelled.send(sender=EventPage, instance=event)
    _log(event, "cancel_event", user, message=message)
    for registration in Registration.objects.of_event(event).active() \
            .exclude(status=S.PENDING):
        mailing.notify(registration, "events_cancelled", message=message)
    return event


def announce_changes(event):
    """After a publication of the default-language page: when its time, format, place or
    online link changed since registrants were last told, tell every active registrant
    (confirmed ones get the updated calendar entry). The first publication only records the
    details. The number of notices queued."""
    if event.locale.language_code != settings.LANGUAGE_CODE:
        return 0
    details = event.details_registrants_rely_on()
    announced = event.announced_details
    if announced == details:
        return 0
    with transaction.atomic():
        EventPage.objects.filter(translation_key=event.translation_key).update(
            announced_details=details)
        event.announced_details = details
        if not announced or event.cancelled or event.closed_at:
            return 0
        changed = sorted(name for name in details if details[name] != announced.get(name))
        registrations = list(Registration.objects.of_event(event).filter(
            status__in=[S.CONFIRMED, S.OFFERED, S.WAITING]))
        for registration in registrations:
            mailing.notify(registration, "events_changed", changed=changed,
                           change_key="-".join(str(details[name]) for name in changed))
        _log(event, "announce_changes", None, fields=changed, recipients=len(registrations))
    return len(registrations)


def message_registrants(event, *, user=None, subject, body, include_waiting=True):
    """Tell the registrants of a change (time, place, link …): an e-mail to each confirmed
    registrant, and to those waiting for a place unless left out. The number queued."""
    _require(user, "change")
    states = [S.CONFIRMED, S.OFFERED] + ([S.WAITING] if include_waiting else [])
    registrations = list(Registration.objects.of_event(event).filter(status__in=states))
    with transaction.atomic():
        for registration in registrations:
            mailing.notify(registration, "events_message", subject=subject, message=body)
        _log(event, "message", user, subject=subject, recipients=len(registrations))
    return len(registrations)


def send_reminders(*, now=None):
    """Remind confirmed registrants `reminder_hours` before their event, once. The number
    of reminders queued."""
    now = now or timezone.now()
    sent = 0
    horizon = now + datetime.timedelta(hours=max_reminder_hours())
    events = EventPage.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, start__gt=now, start__lte=horizon,
        reminder_hours__isnull=False, cancelled=False, closed_at__isnull=True)
    for event in events:
        if event.start - datetime.timedelta(hours=event.reminder_hours) > now:
            continue
        with transaction.atomic():
            for registration in Registration.objects.of_event(event).select_for_update() \
                    .filter(status=S.CONFIRMED, reminder_sent_at__isnull=True):
                registration.reminder_sent_at = now
                registration.save(update_fields=["reminder_sent_at", "updated_at"])
                mailing.notify(registration, "events_reminder")
                sent += 1
    return sent


def max_reminder_hours():
    return EventPage.objects.aggregate(n=Max("reminder_hours"))["n"] or 0


# --- Personal data --------------------------------------------------------------------------

def forget_user(user, *, now=None):
    """Before an account is deleted: its registrations for coming events are cancelled (their
    places go to the waiting list) and every registration of the user loses the person's
    name, address and answers. The rows stay, so an event's attendee figures still add up."""
    now = now or timezone.now()
    for registration in Registration.objects.filter(user=user, status__in=ACTIVE_STATES):
        event = event_in(registration.event_key, settings.LANGUAGE_CODE)
        if event is not None and event.start > now and not event.closed_at:
            cancel(registration, user=user, now=now)
    for registration in Registration.objects.filter(user=user):
        registration.name = ""
        registration.email = f"deleted-{registration.pk}@invalid.invalid"
        registration.answers = {}
        registration.organisation_name = ""
        registration.secret = ""
        registration.save(update_fields=["name", "email", "answers", "organisation_name",
                                         "secret", "updated_at"])
