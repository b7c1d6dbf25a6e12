"""Template tags of the public pilot-call pages and of the call shown on an event's page."""

from django import template

from ..models import PilotCallPage
from ..presenters import describe_page

register = template.Library()


@register.simple_tag(takes_context=True)
def call_page_details(context, call):
    """A CallPageView of the page's call: criteria, questions, FAQ, related events, the
    visitor's own proposals and the published results."""
    return describe_page(call, context.get("request"))


@register.simple_tag
def related_pilot_call(event):
    """The published call an event is about, in the event's language, or None.

    wagtail-localize copies the link unchanged, so every language version of an event
    points at the same (usually Finnish) call page; the visitor reads the call in the
    event's own language, or not at all if it has not been translated."""
    if not event.related_pilot_call_id:
        return None
    keys = PilotCallPage.objects.filter(pk=event.related_pilot_call_id).values("translation_key")
    return (PilotCallPage.objects.live().public()
            .filter(locale_id=event.locale_id, translation_key__in=keys)
            .select_related("locale").first())
