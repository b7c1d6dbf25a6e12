"""Building events in tests, the way staff do in the admin: on the test factories."""

from wagtail.models import Locale

from portal.events.models import EventIndexPage, EventPage
from tests import factories

ONLINE_URL = "https://meet.example.fi/secret-room-4711"


def index_page(language="fi"):
    """The events index of a language, created (and translated) when missing."""
    return factories.index_page(EventIndexPage, language)


def make_event(*, days=14, hours=2, publish=True, **fields):
    """A published Finnish event `days` from now (negative: in the past): EventPageFactory."""
    return factories.EventPageFactory(days=days, hours=hours, publish=publish, **fields)


def translate(event, language, **fields):
    """The event's translation, published, with the fields the translator changed."""
    locale = Locale.objects.get(language_code=language)
    translation = event.copy_for_translation(locale)
    for name, value in {"title": f"{event.title} ({language})",
                        "slug": f"{event.slug}-{language}", **fields}.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return EventPage.objects.get(pk=translation.pk)
