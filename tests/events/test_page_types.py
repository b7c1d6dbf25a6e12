"""Where event pages go in the tree, and that they render and route."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from portal.events.models import EventIndexPage, EventPage
from portal.pages.models import HomePage
from tests.events.helpers import index_page, make_event


@pytest.mark.django_db
class EventPageTypeTests(WagtailPageTestCase):
    def test_events_live_under_the_events_index_under_home(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_the_index_and_the_event_render(self):
        # Routing is tested through real requests (test_listing, test_ical): Wagtail's
        # assertPageIsRoutable() does not strip the /fi/ prefix that i18n_patterns adds.
        index = index_page()
        event = make_event()
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(event)
        self.assertPageIsPreviewable(event, post_data=nested_form_data({
            "title": event.title, "slug": event.slug, "intro": event.intro,
            "event_type": "training", "event_format": "in_person",
            "start": "2030-03-15 09:00", "end": "2030-03-15 11:00",
            "venue_name": "Virastotalo", "languages": ["fi"], "reserved_places": 0,
            "offer_hours": 48, "reminder_hours": 24,
            "body": streamfield([("heading", {"text": "Esikatselu", "level": "h2"})]),
            "materials": streamfield([]),
            "questions": inline_formset([]),
        }))
