"""Alert e-mails: one per match for immediate subscriptions, a weekly digest for the others,
each in the subscriber's language with a one-click unsubscribe link (RFC 8058 headers too).

Both are queued in batches of CHUNK_SIZE with the outbox's queue_emails(): a fixed number of
queries per batch however many subscribers a tender matches.
"""

import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Concat
from django.urls import reverse
from django.utils import timezone, translation

from portal.notifications.domain import Message, queue_emails
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


def unsubscribe_headers(subscription, url=None):
    """RFC 2369 and RFC 8058: mail clients offer their own unsubscribe button, which POSTs
    "List-Unsubscribe=One-Click" to the URL."""
    return {"List-Unsubscribe": f"<{url or unsubscribe_url(subscription)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def manage_url(language):
    with translation.override(language):
        return _absolute(reverse("suppliers:alerts:list"))


def _subscription_context(subscription, manage_urls=None):
    manage_urls = {} if manage_urls is None else manage_urls
    if subscription.language not in manage_urls:
        manage_urls[subscription.language] = manage_url(subscription.language)
    return {"subscription": subscription, "subscription_name": str(subscription),
            "manage_url": manage_urls[subscription.language],
            "unsubscribe_url": unsubscribe_url(subscription)}


def _message(subscription, template, idempotency_key, manage_urls=None, **context):
    """An alert e-mail to the subscriber, in their language, with the unsubscribe link in
    its text and its headers. `manage_urls` caches the alerts page's address per language
    over a batch."""
    subscription_context = _subscription_context(subscription, manage_urls)
    return Message(
        to=subscription.user.email, template=template,
        context={**subscription_context, **context}, language=subscription.language,
        idempotency_key=idempotency_key,
        headers=unsubscribe_headers(subscription, subscription_context["unsubscribe_url"]))


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


def _close_matches(match_ids, now, key):
    """Mark matches sent, each linked to the e-mail stored under its idempotency key `key`
    (an expression of the match's row), or to none when its address was refused: one
    UPDATE for the whole batch."""
    AlertMatch.objects.filter(pk__in=match_ids).update(sent_at=now, email=Subquery(
        OutboundEmail.objects.filter(idempotency_key=key).values("pk")[:1]))


def match_key(match_id):
    return f"alerts:match:{match_id}"


def send_immediate_alerts(change_id, *, now=None):
    """Queue one e-mail per unsent match of an item change with an immediate subscription.

    Each e-mail's idempotency key is its match: a task run again (or killed halfway) never
    sends a match twice. Returns the number of matches handled. Each batch of CHUNK_SIZE
    matches costs the same few queries, whatever its size.
    """
    now = now or timezone.now()
    matches = _sendable(AlertMatch.objects.filter(
        change_id=change_id, subscription__frequency=Frequency.IMMEDIATE)) \
        .select_related("change", "subscription__user").order_by("pk")
    sent, manage_urls = 0, {}
    key = Concat(Value(match_key("")), Cast(OuterRef("pk"), CharField()))
    while batch := list(matches[:CHUNK_SIZE]):
        with transaction.atomic():
            emails = queue_emails([
                _message(match.subscription, IMMEDIATE_TEMPLATE, match_key(match.pk),
                         manage_urls,
                         item=describe_changes([match.change], match.subscription.language))
                for match in batch])
            for match, email in zip(batch, emails, strict=True):
                if email is None:
                    # An address the outbox refuses will not improve by trying again: the
                    # match is closed unsent (email stays empty) rather than retried forever.
                    logger.warning("Alert match %s not sent: invalid address.", match.pk)
            _close_matches([match.pk for match in batch], now, key)
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


def _digest_key_expression(now):
    return Concat(Value("alerts:digest:"), Cast(OuterRef("subscription_id"), CharField()),
                  Value(f":{week_label(now)}"))


def send_digest(subscription_id, *, now=None):
    """Queue this week's digest of a weekly subscription's unsent matches; the e-mail, or
    None when the subscription has nothing new or already had its digest this week
    (what comes in after that waits for next week's)."""
    return _send_digest_batch([subscription_id], now or timezone.now()).get(subscription_id)


def _send_digest_batch(subscription_ids, now):
    """This week's digests of some weekly subscriptions: {subscription id: the e-mail} of
    those that got one. A fixed number of queries for the whole batch."""
    sent = {}
    with transaction.atomic():
        subscriptions = [subscription for subscription in AlertSubscription.objects
                         .select_for_update().filter(pk__in=subscription_ids, active=True,
                                                     frequency=Frequency.WEEKLY)
                         .select_related("user").order_by("pk")
                         if subscription.user.email]
        keys = {subscription.pk: digest_key(subscription, now)
                for subscription in subscriptions}
        already = set(OutboundEmail.objects.filter(idempotency_key__in=keys.values())
                      .values_list("idempotency_key", flat=True)) if keys else set()
        subscriptions = [subscription for subscription in subscriptions
                         if keys[subscription.pk] not in already]
        unsent = {}
        for match in AlertMatch.objects.filter(
                subscription__in=[subscription.pk for subscription in subscriptions],
                sent_at=None).select_related("change").order_by("matched_at", "pk"):
            unsent.setdefault(match.subscription_id, []).append(match)
        subscriptions = [subscription for subscription in subscriptions
                         if subscription.pk in unsent]
        if not subscriptions:
            return sent
        messages, manage_urls = [], {}
        for subscription in subscriptions:
            by_item = {}
            for match in unsent[subscription.pk]:
                by_item.setdefault((match.change.item_type, match.change.item_key), []) \
                    .append(match.change)
            items = [describe_changes(changes, subscription.language)
                     for changes in by_item.values()]
            messages.append(_message(subscription, DIGEST_TEMPLATE, keys[subscription.pk],
                                     manage_urls, items=items, count=len(items),
                                     week=week_label(now)))
        emails = queue_emails(messages)
        for subscription, email in zip(subscriptions, emails, strict=True):
            if email is None:
                # As with immediate alerts: a refused address closes the matches unsent.
                logger.warning("Alert digest of subscription %s not sent: invalid address.",
                               subscription.pk)
            else:
                sent[subscription.pk] = email
        _close_matches([match.pk for subscription in subscriptions
                        for match in unsent[subscription.pk]], now,
                       _digest_key_expression(now))
        AlertSubscription.objects.filter(pk__in=list(sent)).update(last_sent_at=now)
    return sent


def send_digests(*, now=None):
    """Send this week's digest to every active weekly subscription with unsent matches;
    the number of digests queued. Safe to run more than once a week."""
    now = now or timezone.now()
    unsent = AlertMatch.objects.filter(subscription=OuterRef("pk"), sent_at=None)
    due = list(AlertSubscription.objects.filter(
        Exists(unsent), active=True, frequency=Frequency.WEEKLY, user__is_active=True,
    ).order_by("pk").values_list("pk", flat=True))
    sent = 0
    for start in range(0, len(due), CHUNK_SIZE):
        sent += len(_send_digest_batch(due[start:start + CHUNK_SIZE], now))
    logger.info("Weekly alert digests queued: %s.", sent)
    return sent
