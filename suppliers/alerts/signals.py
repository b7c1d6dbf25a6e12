"""A tender's first publication or material change is matched against alerts in a task."""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver

from portal.tenders.domain import tender_changed

from .tender_items import tender_change


def _enqueue_match(tender_key, change):
    from .tasks import match_tender

    match_tender.enqueue(tender_key, change.key, str(change.reason), change.detail)


@receiver(tender_changed, dispatch_uid="alerts.match_tender")
def match_changed_tender(sender, tender, first_publication=False, status=None, dates=(),
                         notice_url="", **kwargs):
    change = tender_change(tender, first_publication=first_publication, status=status,
                           dates=dates, notice_url=notice_url)
    # After the commit, so that the task reads the published tender. In production a
    # failing enqueue is only logged, and the publication stands.
    transaction.on_commit(partial(_enqueue_match, str(tender.translation_key), change),
                          robust=not getattr(settings, "TASKS_RAISE_ON_FAILURE", False))
