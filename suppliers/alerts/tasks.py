"""Background tasks of alerts: match an item change, send its immediate e-mails, send the
weekly digests. Each is safe to run twice."""

from django_tasks import task

from . import mailing
from .items import Change
from .matching import record_matches
from .tender_items import tender_item


@task()
def match_tender(tender_key, change_key, reason, detail):
    """Match a tender's change against the subscriptions, then e-mail the immediate ones."""
    item = tender_item(tender_key)
    if item is None:  # unpublished before the task ran
        return 0
    change, subscription_ids = record_matches(item, Change(change_key, reason, detail))
    if change is not None:
        send_immediate_alerts.enqueue(change.pk)
    return len(subscription_ids)


@task()
def send_immediate_alerts(change_id):
    return mailing.send_immediate_alerts(change_id)


@task()
def send_alert_digests():
    return mailing.send_digests()
