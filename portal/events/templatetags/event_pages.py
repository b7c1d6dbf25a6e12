"""Template tags of the public event pages and of the events shown on a tender's page."""

from django import template
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef
from django.utils import timezone
from wagtail.models import PageViewRestriction

from ..models import EventPage
from ..presenters import describe, places_left

register = template.Library()


@register.simple_tag(takes_context=True)
def event_details(context, event):
    """An EventView of the page's event, with the places left when the event has a limit."""
    view = describe(event, context.get("request"))
    view.places_left = places_left(event)
    return view


# Like .public(), but inside the one query rather than a query of its own beforehand: a view
# restriction on the event or any page above it.
_restrictions_above = PageViewRestriction.objects.annotate(
    event_path=ExpressionWrapper(OuterRef("path"), output_field=CharField()),
).filter(event_path__startswith=F("page__path"))


@register.simple_tag(takes_context=True)
def related_events(context, tender):
    """Coming, not cancelled events about a tender, in the tender page's language, in one
    query. An event may point at the tender in its own language or, as wagtail-localize
    copies the link unchanged, at the tender's default-language page: any version counts."""
    request = context.get("request")
    events = (
        EventPage.objects.live().exclude(Exists(_restrictions_above))
        .filter(locale_id=tender.locale_id, cancelled=False, end__gte=timezone.now(),
                related_tender__translation_key=tender.translation_key)
        .select_related("locale").defer_streamfields()
        .order_by("start", "pk")
    )
    return [describe(event, request) for event in events]
