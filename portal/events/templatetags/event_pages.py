"""Template tags of the public event pages and of the events shown on a tender's page."""

from django import template
from django.utils import timezone

from ..models import EventPage
from ..presenters import describe, places_left

register = template.Library()


@register.simple_tag(takes_context=True)
def event_details(context, event):
    """An EventView of the page's event, with the places left when the event has a limit."""
    view = describe(event, context.get("request"))
    view.places_left = places_left(event)
    return view


@register.simple_tag(takes_context=True)
def related_events(context, tender):
    """Coming, not cancelled events about a tender, in the tender page's language, in one
    query. An event may point at the tender in its own language or, as wagtail-localize
    copies the link unchanged, at the tender's default-language page: any version counts."""
    request = context.get("request")
    events = (
        EventPage.objects.live().public()
        .filter(locale_id=tender.locale_id, cancelled=False, end__gte=timezone.now(),
                related_tender__translation_key=tender.translation_key)
        .select_related("locale").defer_streamfields()
        .order_by("start", "pk")
    )
    return [describe(event, request) for event in events]
