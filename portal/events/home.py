"""The home page's "coming events" section."""

from django.utils import timezone

from .models import EventIndexPage, EventPage

COMING_COUNT = 3


def coming_events(request, locale):
    events = (
        EventPage.objects.live().public()
        .filter(locale=locale, cancelled=False, end__gte=timezone.now())
        .select_related("locale").defer_streamfields()
        .order_by("start", "pk")[:COMING_COUNT]
    )
    index_page = EventIndexPage.objects.live().public().filter(locale=locale).first()
    return events, index_page.get_url(request) if index_page else None
