"""Followers hear of a tender's changes: a receiver of portal.tenders.domain.tender_changed."""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver

from portal.tenders.domain import tender_changed
from portal.tenders.enums import TimelineKind
from portal.tenders.models import TenderTimelineEntry

from .models import TenderInterest


def _latest_entry_id(tender, kind):
    return TenderTimelineEntry.objects.filter(tender_key=tender.translation_key, kind=kind) \
        .order_by("-occurred_at", "-pk").values_list("pk", flat=True).first()


@receiver(tender_changed, dispatch_uid="interests.tell_followers")
def tell_followers_of_tender_change(sender, tender, first_publication=False, status=None,
                                    dates=(), notice_url="", **kwargs):
    # A first publication has no followers yet: nobody can follow an unpublished tender.
    entry_ids = [entry.pk for entry in dates if entry.pk]
    if status:
        entry_ids.append(_latest_entry_id(tender, TimelineKind.STATUS))
    if notice_url:
        entry_ids.append(_latest_entry_id(tender, TimelineKind.NOTICE))
    entry_ids = sorted({pk for pk in entry_ids if pk})
    if not entry_ids or not TenderInterest.objects.active().of_tender(tender).exists():
        return
    transaction.on_commit(
        partial(_enqueue, str(tender.translation_key), entry_ids),
        robust=not getattr(settings, "TASKS_RAISE_ON_FAILURE", False))


def _enqueue(tender_key, entry_ids):
    from .tasks import tell_followers_of_change

    tell_followers_of_change.enqueue(tender_key, entry_ids)
