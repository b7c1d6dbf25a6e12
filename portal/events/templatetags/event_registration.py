"""The registration panel of an event page, computed in a fixed number of queries."""

from django import template
from django.db.models import Count, Q
from django.utils import timezone

from .. import domain
from ..enums import HOLDING_STATES, RegistrationStatus
from ..models import Registration, waiting_position
from ..registration_forms import RegistrationForm
from ..registration_views import user_organisations

register = template.Library()
S = RegistrationStatus


def panel_context(page, request, *, form=None):
    now = timezone.now()
    user = request.user
    registration = domain.registration_of(user, page)
    counts = Registration.objects.of_event(page).aggregate(
        taken=Count("pk", filter=Q(status__in=HOLDING_STATES)),
        waiting=Count("pk", filter=Q(status=S.WAITING)))
    open_places = page.open_places
    free = None if open_places is None else max(open_places - counts["taken"], 0)
    full = open_places is not None and (free == 0 or counts["waiting"] > 0)
    closed_reason = domain.registration_closed_reason(page, now=now)
    position = waiting_position(registration) if registration else None
    if registration is None and not closed_reason and form is None and user.is_authenticated:
        # A signed-in reader registers on the event page itself. A visitor follows a link to
        # the form on its own page: the event page then sets no CSRF cookie and is served
        # from the page cache (portal/core/page_cache.py) like any other public page.
        form = RegistrationForm(questions=page.questions.all(), user=user,
                                organisations=user_organisations(request))
    return {
        "page": page, "request": request, "registration": registration, "form": form,
        "free_places": free, "full": full, "closed_reason": closed_reason,
        "position": position, "is_past": page.end <= now,
        # The online link: only to a confirmed registrant, never in the page for others.
        "online_url": page.online_url if registration is not None and
        registration.status == S.CONFIRMED else "",
    }


@register.inclusion_tag("events/registration/panel_body.html")
def registration_panel(page, request):
    return panel_context(page, request)
