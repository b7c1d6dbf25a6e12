"""Where pilot-call pages go in the tree, and that they render and preview."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from pilots.models import PilotCallIndexPage, PilotCallPage
from portal.pages.models import HomePage

from .helpers import index_page, make_call


@pytest.mark.django_db
class PilotCallPageTypeTests(WagtailPageTestCase):
    def test_calls_live_under_the_calls_index_under_home(self):
        self.assertAllowedParentPageTypes(PilotCallIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(PilotCallIndexPage, {PilotCallPage})
        self.assertAllowedParentPageTypes(PilotCallPage, {PilotCallIndexPage})
        self.assertAllowedSubpageTypes(PilotCallPage, set())

    def test_the_index_and_the_call_render_and_preview(self):
        # Routing is tested through real requests (test_call_pages): Wagtail's
        # assertPageIsRoutable() does not strip the /fi/ prefix that i18n_patterns adds.
        call = make_call()
        self.assertPageIsRenderable(index_page())
        self.assertPageIsRenderable(call)
        self.assertPageIsPreviewable(call, post_data=nested_form_data({
            "title": call.title, "slug": call.slug, "intro": call.intro,
            "theme": "Yksinäisyys", "goals": "Vähemmän yksinäisyyttä.",
            "eligibility": "Palveluntuottajat.", "pilots_sought": 2,
            "opens": "2030-03-01 09:00", "deadline": "2030-04-15 16:00",
            "score_aggregate": "mean",
            "background": streamfield([("heading", {"text": "Esikatselu", "level": "h2"})]),
            "criteria": inline_formset([
                {"name": "Asiakashyöty", "description": "", "weight": "100",
                 "scale_max": 5}]),
            "questions": inline_formset([]),
            "faq": inline_formset([{"question": "Voiko yhdistys hakea?", "answer": "Voi."}]),
        }))
