"""Alert e-mails: one per match for immediate subscriptions, a weekly digest for the others,
each in the subscriber's language with a one-click unsubscribe link (RFC 8058 headers too).
"""

import logging

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone, translation

from portal.notifications.domain import queue_email
from portal.notifications.models import OutboundEmail

from .enums import ChangeReason, Frequency
from .items import KINDS
from .models import AlertMatch, AlertSubscription

logger = logging.getLogger("suppliers.alerts")

UNSUBSCRIBE_SALT = "suppliers.alerts.unsubscribe"
IMMEDIATE_TEMPLATE = "alerts_immediate"
DIGEST_TEMPLATE = "alerts_digest"
CHUNK_SIZE = 500


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# --- Unsubscribing -------------------------------------------------------------------------

def unsubscribe_token(subscription):
    """A signed token naming one subscription: whoever holds it (the subscriber's mailbox)
    may switch that alert off, and nothing else. It does not expire, as old e-mails keep
    their links."""
    return signing.dumps(subscription.pk, salt=UNSUBSCRIBE_SALT)


def subscription_from_token(token):
    """The subscription a token names (None when it no longer exists); BadSignature when
    the token was not made by unsubscribe_token."""
    pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    return AlertSubscription.objects.filter(pk=pk).select_related("user").first()


def unsubscribe_url(subscription):
    with translation.override(subscription.language):
        return _absolute(reverse("suppliers:alerts:unsubscribe",
                                 args=[unsubscribe_token(subscription)]))


def unsubscribe_headers(subscription):
    """RFC 2369 and RFC 8058: mail clients offer their own unsubscribe button, which POSTs
    "List-Unsubscribe=One-Click" to the URL."""
    return {"List-Unsubscribe": f"<{unsubscribe_url(subscription)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def _subscription_context(subscription):
    with translation.override(subscription.language):
        manage_url = _absolute(reverse("suppliers:alerts:list"))
    return {"subscription": subscription, "subscription_name": str(subscription),
            "manage_url": manage_url, "unsubscribe_url": unsubscribe_url(subscription)}


# --- What an e-mail says of an item --------------------------------------------------------

def describe_changes(changes, language):
    """One entry of an e-mail for the changes of one item (oldest first), in `language`:
    the newest title and links, and every change's lines."""
    latest = changes[-1]
    kind = KINDS[latest.item_type]
    with translation.override(language):
        is_new = any(change.reason == ChangeReason.NEW for change in changes)
        return {
            **latest.in_language(language),
            "item_type": latest.item_type,
            "headline": str(kind.new if is_new else kind.changed),
            "action": str(kind.action),
            "lines": [line for change in changes for line in kind.describe(change.detail)],
        }


# --- At once -------------------------------------------------------------------------------

def _sendable(matches):
    return matches.filter(sent_at=None, subscription__active=True,
                          subscription__user__is_active=True).exclude(
        subscription__user__email="")


def send_immediate_alerts(change_id, *, now=None):
    """Queue one e-mail per unsent match of an item change with an immediate subscription.

    Each e-mail's idempotency key is its match: a task run again (or killed halfway) never
    sends a match twice. Returns the number of e-mails queued.
    """
    now = now or timezone.now()
    matches = _sendable(AlertMatch.objects.filter(
        change_id=change_id, subscription__frequency=Frequency.IMMEDIATE)) \
        .select_related("change", "subscription__user").order_by("pk")
    sent = 0
    while batch := list(matches[:CHUNK_SIZE]):
        with transaction.atomic():
            for match in batch:
                subscription = match.subscription
                item = describe_changes([match.change], subscription.language)
                try:
                    match.email = queue_email(
                        to=subscription.user.email, template=IMMEDIATE_TEMPLATE,
                        context={**_subscription_context(subscription), "item": item},
                        language=subscription.language,
                        idempotency_key=f"alerts:match:{match.pk}",
                        headers=unsubscribe_headers(subscription))
                except ValidationError:
                    # An address the outbox refuses will not improve by trying again: the
                    # match is closed unsent (email stays empty) rather than retried forever.
                    logger.warning("Alert match %s not sent: invalid address.", match.pk)
                match.sent_at = now
            AlertMatch.objects.bulk_update(batch, ["email", "sent_at"])
            AlertSubscription.objects.filter(pk__in={m.subscription_id for m in batch}) \
                .update(last_sent_at=now)
        sent += len(batch)
    return sent


# --- Weekly --------------------------------------------------------------------------------

def week_label(now):
    """The ISO week (in the portal's time zone) a digest belongs to: "2027-W11"."""
    year, week, _day = timezone.localtime(now).isocalendar()
    return f"{year}-W{week:02d}"


def digest_key(subscription, now):
    return f"alerts:digest:{subscription.pk}:{week_label(now)}"


def send_digest(subscription_id, *, now=None):
    """Queue this week's digest of a weekly subscription's unsent matches; the e-mail, or
    None when the subscription has nothing new or already had its digest this week
    (what comes in after that waits for next week's)."""
    now = now or timezone.now()
    with transaction.atomic():
        subscription = AlertSubscription.objects.select_for_update().filter(
            pk=subscription_id, active=True, frequency=Frequency.WEEKLY
        ).select_related("user").first()
        if subscription is None or not subscription.user.email:
            return None
        key = digest_key(subscription, now)
        if OutboundEmail.objects.filter(idempotency_key=key).exists():
            return None
        matches = list(subscription.matches.filter(sent_at=None).select_related("change")
                       .order_by("matched_at", "pk"))
        if not matches:
            return None
        by_item = {}
        for match in matches:
            by_item.setdefault((match.change.item_type, match.change.item_key), []) \
                .append(match.change)
        items = [describe_changes(changes, subscription.language)
                 for changes in by_item.values()]
        email = queue_email(
            to=subscription.user.email, template=DIGEST_TEMPLATE,
            context={**_subscription_context(subscription), "items": items,
                     "count": len(items), "week": week_label(now)},
            language=subscription.language, idempotency_key=key,
            headers=unsubscribe_headers(subscription))
        AlertMatch.objects.filter(pk__in=[match.pk for match in matches]) \
            .update(sent_at=now, email=email)
        subscription.last_sent_at = now
        subscription.save(update_fields=["last_sent_at"])
    return email


def send_digests(*, now=None):
    """Send this week's digest to every active weekly subscription with unsent matches;
    the number of digests queued. Safe to run more than once a week."""
    now = now or timezone.now()
    unsent = AlertMatch.objects.filter(subscription=OuterRef("pk"), sent_at=None)
    due = AlertSubscription.objects.filter(
        Exists(unsent), active=True, frequency=Frequency.WEEKLY, user__is_active=True,
    ).order_by("pk").values_list("pk", flat=True)
    sent = 0
    for subscription_id in due.iterator(chunk_size=CHUNK_SIZE):
        if send_digest(subscription_id, now=now) is not None:
            sent += 1
    logger.info("Weekly alert digests queued: %s.", sent)
    return sent
