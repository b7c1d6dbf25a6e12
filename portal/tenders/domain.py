"""What happens to a tender: its status changes, and the public timeline of its changes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .enums import ALLOWED_TRANSITIONS, NOTICE_REQUIRED_STATES, TenderStatus, TimelineKind
from .models import TenderPage, TenderTimelineEntry

# Dates whose changes a provider must hear of; each change is dated on the public timeline.
TRACKED_DATES = ("planned_publication", "market_dialogue_date", "interest_deadline",
                 "tender_deadline", "contract_start")


# Sent once a published tender changed in a way providers must hear of, with keyword
# arguments `tender` (the default language's page when it exists), `first_publication`
# (bool), `status` ((old, new) or None), `dates` (the timeline entries of changed dates) and
# `notice_url` (the new contract notice link or ""). Followers and alert subscribers are told
# by its receivers; they queue their work on commit.
tender_changed = Signal()


class TransitionNotAllowed(ValidationError):
    pass


def _announce(tender, *, first_publication=False, status=None, dates=(), notice_url=""):
    tender_changed.send(sender=TenderPage, tender=tender, first_publication=first_publication,
                        status=status, dates=list(dates), notice_url=notice_url)


def allowed_statuses(tender):
    return sorted(ALLOWED_TRANSITIONS[TenderStatus(tender.status)],
                  key=list(TenderStatus).index)


@transaction.atomic
def change_status(tender, new_status, *, user=None, notice_url="", when=None):
    """Move a tender (all its translations at once) to `new_status`.

    Checks the move against ALLOWED_TRANSITIONS, requires the contract notice when the
    tender opens, dates the change on the public timeline and writes the audit log.
    """
    new_status = TenderStatus(new_status)
    old_status = TenderStatus(tender.status)
    if new_status not in ALLOWED_TRANSITIONS[old_status]:
        raise TransitionNotAllowed(
            _("A tender cannot move from “%(old)s” to “%(new)s”.")
            % {"old": old_status.label, "new": new_status.label})
    notice_url = (notice_url or "").strip() or tender.notice_url
    if new_status in NOTICE_REQUIRED_STATES and not notice_url:
        raise ValidationError({"notice_url": _(
            "A procurement open for tenders must link to its official contract notice.")})
    when = when or timezone.now()
    notice_is_new = notice_url and notice_url != tender.notice_url
    translations = TenderPage.objects.filter(translation_key=tender.translation_key)
    # A status change is news to feed readers, like a publication.
    translations.update(status=new_status, status_changed_at=when, notice_url=notice_url,
                        last_published_at=when)
    tender.status, tender.status_changed_at, tender.notice_url = new_status, when, notice_url

    TenderTimelineEntry.objects.create(
        tender_key=tender.translation_key, kind=TimelineKind.STATUS, field="status",
        old_value=old_status, new_value=new_status, occurred_at=when, user=user)
    if notice_is_new:
        TenderTimelineEntry.objects.create(
            tender_key=tender.translation_key, kind=TimelineKind.NOTICE, field="notice_url",
            new_value=notice_url[:100], occurred_at=when, user=user)
    log(instance=tender, action="tenders.change_status", user=user,
        data={"old_status": old_status, "new_status": new_status, "notice_url": notice_url})
    _announce(tender, status=(old_status, new_status),
              notice_url=notice_url if notice_is_new else "")
    return tender


def _tracked_value(tender, field):
    value = getattr(tender, field)
    if value is None:
        return ""
    if field == "planned_publication":
        return f"{value.isoformat()}|{tender.planned_publication_precision}"
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).isoformat(timespec="minutes")
    return value.isoformat()


def record_publication(tender, when=None):
    """Date the changes of a published tender's schedule on its timeline.

    Only the default language's page is compared: translations follow it (wagtail-localize
    copies the dates), and a translation published before it is synced must not make the
    timeline say that a date went back.
    """
    if tender.locale.language_code != settings.LANGUAGE_CODE and TenderPage.objects.filter(
        translation_key=tender.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).exists():
        return []
    when = when or timezone.now()
    entries = TenderTimelineEntry.objects.filter(tender_key=tender.translation_key)
    created = []
    first_publication = not entries.filter(kind=TimelineKind.PUBLISHED).exists()
    if first_publication:
        created.append(TenderTimelineEntry(
            tender_key=tender.translation_key, kind=TimelineKind.PUBLISHED, occurred_at=when))
    latest = {}
    for entry in entries.filter(kind=TimelineKind.DATE).order_by("occurred_at", "id"):
        latest[entry.field] = entry.new_value
    for field in TRACKED_DATES:
        value = _tracked_value(tender, field)
        if field not in latest:
            # The first publication sets the baseline without announcing every date.
            if value:
                created.append(TenderTimelineEntry(
                    tender_key=tender.translation_key, kind=TimelineKind.DATE, field=field,
                    new_value=value, occurred_at=when, is_baseline=True))
        elif latest[field] != value:
            created.append(TenderTimelineEntry(
                tender_key=tender.translation_key, kind=TimelineKind.DATE, field=field,
                old_value=latest[field], new_value=value, occurred_at=when))
    TenderTimelineEntry.objects.bulk_create(created)
    changed_dates = [entry for entry in created
                     if entry.kind == TimelineKind.DATE and not entry.is_baseline]
    if first_publication or changed_dates:
        _announce(tender, first_publication=first_publication, dates=changed_dates)
    return created


@transaction.atomic
def update_notice(tender, notice_url, *, user=None, when=None):
    """Set or correct the contract notice link without changing the status."""
    notice_url = (notice_url or "").strip()
    if not notice_url and tender.status in NOTICE_REQUIRED_STATES:
        raise ValidationError({"notice_url": _(
            "A procurement open for tenders must link to its official contract notice.")})
    if notice_url == tender.notice_url:
        return tender
    when = when or timezone.now()
    TenderPage.objects.filter(translation_key=tender.translation_key).update(
        notice_url=notice_url, last_published_at=when)
    tender.notice_url = notice_url
    if notice_url:
        TenderTimelineEntry.objects.create(
            tender_key=tender.translation_key, kind=TimelineKind.NOTICE, field="notice_url",
            new_value=notice_url[:100], occurred_at=when, user=user)
    log(instance=tender, action="tenders.update_notice", user=user,
        data={"notice_url": notice_url})
    if notice_url:
        _announce(tender, notice_url=notice_url)
    return tender
