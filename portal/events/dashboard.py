"""The "My event registrations" section of My page, and the registrations in a user's
personal data."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.core.dates import format_range

from .domain import forget_user
from .models import Registration, event_in
from .registration_views import registration_rows

SHOWN = 5


def my_registrations(request, organisation):
    """The user's registrations and waiting-list places for coming events (four queries)."""
    now = timezone.now()
    rows = [row for row in registration_rows(request.user, get_language(), active_only=True)
            if row["event"].end > now]
    items = [{
        "title": row["event"].title, "url": row["event"].get_url(request),
        "meta": " · ".join(str(part) for part in [
            format_range(row["event"].start, row["event"].end),
            row["registration"].get_status_display(),
            row["position"] and _("position %(position)s") % {"position": row["position"]}]
            if part),
    } for row in rows[:SHOWN]]
    return items, reverse("events:mine") if rows else None, None


def export_registrations(user):
    return [
        {"event": getattr(event_in(registration.event_key, settings.LANGUAGE_CODE), "title",
                          str(registration.event_key)),
         "name": registration.name, "email": registration.email,
         "organisation": registration.organisation_label, "language": registration.language,
         "answers": registration.answers, "status": registration.status,
         "attended": registration.attended, "registered_at": registration.created_at,
         "confirmed_at": registration.confirmed_at, "cancelled_at": registration.cancelled_at}
        for registration in Registration.objects.filter(user=user)
        .select_related("organisation").order_by("created_at")
    ]


def erase_registrations(user):
    forget_user(user)
