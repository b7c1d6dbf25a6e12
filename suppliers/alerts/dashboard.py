"""The "My alerts" section of My page."""

from django.urls import reverse
from django.utils.translation import gettext as _

from .domain import subscriptions_of

SHOWN = 5


def my_alerts(request, organisation):
    """The user's own alerts (alerts are personal, whichever organisation they act for)."""
    subscriptions = list(subscriptions_of(request.user).order_by("-active", "name", "pk")
                         [:SHOWN + 1])
    items = [{
        "title": str(subscription),
        "url": reverse("suppliers:alerts:edit", args=[subscription.pk]),
        "meta": " · ".join(str(part) for part in [
            _("Active") if subscription.active else _("Paused"),
            subscription.get_frequency_display(),
            ", ".join(str(label) for label in subscription.get_item_types_display())]),
    } for subscription in subscriptions[:SHOWN]]
    return (items, reverse("suppliers:alerts:list") if subscriptions else None,
            reverse("suppliers:alerts:create"))
