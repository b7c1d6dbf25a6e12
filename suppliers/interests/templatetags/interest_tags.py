"""The expression-of-interest panel of a tender page, for a signed-in visitor."""

from django import template
from django.middleware.csrf import get_token

from suppliers.acting import acting

from .. import domain
from ..forms import InterestForm
from ..presenters import initial_data, lot_views, picked_lots

register = template.Library()


@register.inclusion_tag("interests/includes/panel.html", takes_context=True)
def interest_panel(context, page, only_existing=False):
    """The acting organisation's interest with change and withdraw buttons, or the form to
    register one. Only called for signed-in users: anonymous visitors cost no queries.

    With `only_existing` (a tender open for tenders) it shows an active interest only."""
    request = context["request"]
    view = context.get("view")
    lots = view.lots if view is not None and hasattr(view, "lots") else lot_views(page)
    organisation, can_switch = acting(request)
    interest = domain.interest_of(organisation, page)
    return {
        "request": request, "csrf_token": get_token(request), "page": page,
        "only_existing": only_existing,
        "organisation": organisation, "can_switch": can_switch, "interest": interest,
        "picked_lots": picked_lots(interest, lots) if interest else [],
        "lock_reason": domain.lock_reason(page),
        "form": InterestForm(initial=initial_data(interest, organisation), lots=lots)
        if organisation else None,
    }
