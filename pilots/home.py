"""The home page's "open pilot calls" section."""

from django.utils import timezone

from .models import PilotCallIndexPage, PilotCallPage

OPEN_COUNT = 3


def open_calls(request, locale):
    """Open calls of the language, the deadline soonest first."""
    now = timezone.now()
    calls = (
        PilotCallPage.objects.live().public()
        .filter(locale=locale, opens__lte=now, deadline__gt=now)
        .select_related("locale").defer_streamfields()
        .order_by("deadline", "pk")[:OPEN_COUNT]
    )
    index_page = PilotCallIndexPage.objects.live().public().filter(locale=locale).first()
    return calls, index_page.get_url(request) if index_page else None
