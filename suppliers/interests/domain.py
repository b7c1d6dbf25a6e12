"""What happens to an expression of interest: registered (or changed), withdrawn.

One function per change. Each checks that the acting user is an active member of the
organisation (PermissionDenied otherwise) and that the tender still takes interest
(ValidationError otherwise), checks the move against ALLOWED_TRANSITIONS, saves what changed
and writes the audit log on the tender page.
"""

import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal.tenders.enums import TimelineKind
from portal.tenders.models import Lot, TenderTimelineEntry
from suppliers.domain import membership_of

from .enums import (
    ALLOWED_TRANSITIONS,
    BIDDING_MODES,
    CHANGEABLE_TENDER_STATES,
    InterestStatus,
    ParticipationMode,
)
from .models import InterestedLot, TenderInterest


class TransitionNotAllowed(ValidationError):
    pass


# --- Rules ----------------------------------------------------------------------------------

def lock_reason(tender, *, now=None):
    """Why the tender's interests can no longer be registered or changed; None if they can."""
    if not tender.live:
        return _("This procurement is not published.")
    if tender.status not in CHANGEABLE_TENDER_STATES:
        return _("This procurement is already open for tenders or past that stage, so "
                 "expressions of interest can no longer be registered, changed or withdrawn.")
    if tender.interest_deadline and tender.interest_deadline < (now or timezone.now()):
        return _("The deadline for expressions of interest has passed, so they can no longer "
                 "be registered, changed or withdrawn.")
    return None


def interest_period(tender):
    """(from, until): when the tender took expressions of interest. From its publication in
    the calendar; until the earlier of its interest deadline and the status change that took
    it past market dialogue (None while neither has come)."""
    entries = TenderTimelineEntry.objects.filter(tender_key=tender.translation_key)
    published = entries.filter(kind=TimelineKind.PUBLISHED).order_by("occurred_at").first()
    opened = published.occurred_at if published else tender.first_published_at
    left = entries.filter(kind=TimelineKind.STATUS).exclude(
        new_value__in=CHANGEABLE_TENDER_STATES).order_by("occurred_at").first()
    ends = [moment for moment in (tender.interest_deadline, left and left.occurred_at)
            if moment is not None]
    return opened, min(ends, default=None)


def _require_member(user, organisation):
    if membership_of(user, organisation) is None:
        raise PermissionDenied(_("Only the organisation's members can do this."))


def _require_changeable(tender):
    reason = lock_reason(tender)
    if reason:
        raise ValidationError(reason, code="locked")


def tender_lot_keys(tender):
    """The translation keys of the tender's lots (shared by all its language versions)."""
    return set(Lot.objects.filter(tender__translation_key=tender.translation_key)
               .values_list("translation_key", flat=True))


def _clean_choice(mode, lot_keys, tender):
    errors = {}
    try:
        mode = ParticipationMode(mode)
    except ValueError:
        errors["mode"] = _("Choose how your organisation intends to take part.")
    known = tender_lot_keys(tender)
    lot_keys = {_uuid(key) for key in lot_keys}
    if not lot_keys <= known:
        errors["lots"] = _("Choose lots of this procurement only.")
    elif mode in BIDDING_MODES and known and not lot_keys:
        errors["lots"] = _("Choose at least one lot you could bid for, or choose "
                           "“Only following”.")
    if errors:
        raise ValidationError(errors)
    return mode, lot_keys


def _uuid(value):
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


def _log(tender, action, user, interest, **data):
    log(instance=tender, action=f"interests.{action}", user=user, data={
        "interest": interest.pk, "organisation": interest.organisation_id,
        "organisation_name": interest.organisation.name, **data})


# --- Reading --------------------------------------------------------------------------------

def interest_of(organisation, tender):
    """The organisation's interest in the tender (active or withdrawn), or None."""
    if organisation is None:
        return None
    return TenderInterest.objects.of_tender(tender).filter(organisation=organisation) \
        .prefetch_related("lots").first()


# --- Changes --------------------------------------------------------------------------------

@transaction.atomic
def register_interest(user, organisation, tender, *, mode, lot_keys=(), capacity="",
                      questions="", language=None):
    """Register the organisation's interest in the tender, or change the one it has.

    Registering again after a withdrawal brings the interest back. `language` (by default
    the active one) is the language of the e-mails about the tender.
    """
    _require_member(user, organisation)
    _require_changeable(tender)
    mode, lot_keys = _clean_choice(mode, lot_keys, tender)
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    fields = {"mode": mode, "capacity": (capacity or "").strip(),
              "questions": (questions or "").strip(), "language": language}

    interest = TenderInterest.objects.select_for_update().filter(
        tender_key=tender.translation_key, organisation=organisation).first()
    if interest is None:
        interest = TenderInterest(tender_key=tender.translation_key, organisation=organisation,
                                  registered_by=user, **fields)
        # The unique constraint is left to the insert: a check before it cannot see a
        # registration of the same form posted at the same moment (a double click).
        interest.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                interest.save()
        except IntegrityError:
            # The other post registered it first (the insert waited for it to commit):
            # carry on as a second registration of the same interest, which changes nothing.
            interest = TenderInterest.objects.select_for_update().get(
                tender_key=tender.translation_key, organisation=organisation)
        else:
            InterestedLot.objects.bulk_create(
                [InterestedLot(interest=interest, lot_key=key) for key in lot_keys])
            _log(tender, "register", user, interest, mode=mode,
                 lots=sorted(str(key) for key in lot_keys))
            return interest

    old_status = InterestStatus(interest.status)
    if InterestStatus.ACTIVE not in ALLOWED_TRANSITIONS[old_status]:
        raise TransitionNotAllowed(_("This interest cannot be registered again."))
    changed = {name: value for name, value in fields.items()
               if getattr(interest, name) != value}
    old_lots = set(interest.lots.values_list("lot_key", flat=True))
    if old_status == InterestStatus.ACTIVE and not changed and old_lots == lot_keys:
        return interest
    for name, value in changed.items():
        setattr(interest, name, value)
    interest.status, interest.withdrawn_at = InterestStatus.ACTIVE, None
    interest.full_clean()
    interest.save(update_fields=[*changed, "status", "withdrawn_at", "updated_at"])
    interest.lots.exclude(lot_key__in=lot_keys).delete()
    InterestedLot.objects.bulk_create(
        [InterestedLot(interest=interest, lot_key=key) for key in lot_keys - old_lots])
    action = "update" if old_status == InterestStatus.ACTIVE else "register"
    _log(tender, action, user, interest, mode=mode, lots=sorted(str(key) for key in lot_keys),
         fields=sorted(changed), old_status=old_status)
    return interest


@transaction.atomic
def withdraw_interest(user, organisation, tender, *, when=None):
    """Withdraw the organisation's active interest; its followers' e-mails stop."""
    _require_member(user, organisation)
    interest = TenderInterest.objects.select_for_update().filter(
        tender_key=tender.translation_key, organisation=organisation).first()
    if interest is None or not interest.is_active:
        raise ValidationError(_("Your organisation has no interest in this procurement to "
                                "withdraw."), code="none")
    _require_changeable(tender)
    if InterestStatus.WITHDRAWN not in ALLOWED_TRANSITIONS[InterestStatus(interest.status)]:
        raise TransitionNotAllowed(_("This interest cannot be withdrawn."))
    interest.status, interest.withdrawn_at = InterestStatus.WITHDRAWN, when or timezone.now()
    interest.save(update_fields=["status", "withdrawn_at", "updated_at"])
    _log(tender, "withdraw", user, interest)
    return interest
