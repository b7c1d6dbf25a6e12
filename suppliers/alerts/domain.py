"""What happens to a user's alert subscriptions: one function per change, each checking that
the user owns the alert and writing the audit log."""

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from .enums import ITEM_TYPE_FIELDS
from .mailing import subscription_from_token
from .models import AlertSubscription

# Enough for every combination a provider needs; a bound so that one account cannot make
# the matcher's work (or its own inbox) unbounded.
MAX_SUBSCRIPTIONS_PER_USER = 50

FIELDS = ("name", "keywords", "frequency", "language")

INVALID_LINK = gettext_lazy("This unsubscribe link is not valid. Check that it was copied "
                            "whole, or manage your alerts after signing in.")


def _require_owner(user, subscription):
    if not user.is_authenticated or subscription.user_id != user.pk:
        raise PermissionDenied(_("This alert is not yours."))


def _log(subscription, action, user, data=None):
    log(instance=subscription, action=f"alerts.{action}", user=user, data=data or {})


def _apply(subscription, data):
    """Set the fields present in `data` (the form's cleaned data): the scalar fields, the
    item types (a list of ItemType values) and the taxonomy terms; the relations are set
    after saving. Returns the relations to set."""
    for name in FIELDS:
        if name in data:
            setattr(subscription, name, data[name])
    if "item_types" in data:
        for item_type, field in ITEM_TYPE_FIELDS.items():
            setattr(subscription, field, item_type in data["item_types"])
    return {name: data[name] for name in AlertSubscription.TERM_CRITERIA if name in data}


def subscriptions_of(user):
    return AlertSubscription.objects.filter(user=user)


@transaction.atomic
def create_subscription(user, data, *, language=None):
    """A new alert of `user`; `language` (the UI language by default) is the e-mails'."""
    if not user.is_authenticated:
        raise PermissionDenied(_("Sign in to create an alert."))
    if subscriptions_of(user).count() >= MAX_SUBSCRIPTIONS_PER_USER:
        raise ValidationError(
            _("You have %(count)s alerts, the most one account can have. Delete or change "
              "one of them instead.") % {"count": MAX_SUBSCRIPTIONS_PER_USER})
    subscription = AlertSubscription(user=user,
                                     language=language or settings.LANGUAGE_CODE)
    relations = _apply(subscription, data)
    subscription.full_clean()
    subscription.save()
    for name, terms in relations.items():
        getattr(subscription, name).set(terms)
    _log(subscription, "create", user)
    return subscription


@transaction.atomic
def update_subscription(user, subscription, data):
    _require_owner(user, subscription)
    relations = _apply(subscription, data)
    subscription.full_clean()
    subscription.save()
    for name, terms in relations.items():
        getattr(subscription, name).set(terms)
    _log(subscription, "edit", user)
    return subscription


@transaction.atomic
def set_active(user, subscription, active):
    """Pause (False) or resume (True) an alert. Nothing is matched while it is paused."""
    _require_owner(user, subscription)
    if subscription.active != active:
        subscription.active = active
        subscription.save(update_fields=["active"])
        _log(subscription, "resume" if active else "pause", user)
    return subscription


@transaction.atomic
def delete_subscription(user, subscription):
    _require_owner(user, subscription)
    _log(subscription, "delete", user, {"name": subscription.name})
    subscription.delete()


@transaction.atomic
def unsubscribe(token):
    """Switch off the alert a signed unsubscribe link names (no sign-in: the token is the
    proof). Returns the subscription, or None when it was deleted since; raises
    ValidationError for a token that was not made by the portal."""
    try:
        subscription = subscription_from_token(token)
    except signing.BadSignature:
        raise ValidationError(INVALID_LINK) from None
    if subscription is not None and subscription.active:
        subscription.active = False
        subscription.save(update_fields=["active"])
        _log(subscription, "unsubscribe", None, {"user": subscription.user_id})
    return subscription


# --- Personal data -------------------------------------------------------------------------

def export_alerts(user):
    """A user's alerts as plain data, for the personal-data download."""
    subscriptions = subscriptions_of(user).prefetch_related(*AlertSubscription.TERM_CRITERIA)
    return [{
        "name": subscription.name,
        "item_types": [str(item_type) for item_type in subscription.item_types],
        **{name: sorted(term.code for term in getattr(subscription, name).all())
           for name in AlertSubscription.TERM_CRITERIA},
        "keywords": subscription.keyword_list,
        "frequency": subscription.frequency,
        "language": subscription.language,
        "active": subscription.active,
        "created_at": subscription.created_at.isoformat(),
        "last_sent_at": subscription.last_sent_at.isoformat()
        if subscription.last_sent_at else None,
    } for subscription in subscriptions]


def delete_alerts(user):
    """Delete all of a user's alerts and their matches (account deletion)."""
    return subscriptions_of(user).delete()

