"""Every page type: where it may live, and that it renders in Finnish, Swedish and English."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from pilots.models import PilotCallIndexPage, PilotCallPage
from portal.events.models import EventIndexPage
from portal.news.models import NewsArticlePage, NewsIndexPage
from portal.pages.models import (
    AccessibilityStatementPage,
    HomePage,
    PrivacyNoticePage,
    StandardPage,
)
from portal.tenders.models import TenderIndexPage, TenderPage
from tests import factories

PAGE_TYPES = [HomePage, StandardPage, NewsIndexPage, NewsArticlePage,
              AccessibilityStatementPage, PrivacyNoticePage, TenderIndexPage, TenderPage,
              PilotCallIndexPage, PilotCallPage]
FACTORIES = {
    StandardPage: factories.StandardPageFactory,
    NewsArticlePage: factories.NewsArticlePageFactory,
    AccessibilityStatementPage: factories.AccessibilityStatementPageFactory,
    PrivacyNoticePage: factories.PrivacyNoticePageFactory,
    TenderPage: factories.TenderPageFactory,
    PilotCallPage: factories.PilotCallPageFactory,
}


def make_page(model, language):
    """A published page of the type in the language, as staff make it (translated from
    Finnish)."""
    if model is HomePage:
        return factories.home_page(language)
    if model not in FACTORIES:
        return factories.index_page(model, language)
    page = FACTORIES[model]()
    return page if language == "fi" else factories.translate(page, language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_renders_in_every_language(client, model, language):
    page = make_page(model, language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert page.title in html
    assert '<main id="main-content"' in html
    assert ">None<" not in html, "a block rendered an empty value"


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_allows_the_sections_of_the_site(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, AccessibilityStatementPage,
                                                  PrivacyNoticePage, NewsIndexPage,
                                                  TenderIndexPage, EventIndexPage,
                                                  PilotCallIndexPage})
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_content_pages_nest(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_news_articles_live_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage})

    def test_statements_have_no_children(self):
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
        self.assertAllowedSubpageTypes(PrivacyNoticePage, set())

    def test_every_page_is_renderable_and_previewable(self):
        # Routing is tested through real requests above: Wagtail's assertPageIsRoutable()
        # does not strip the /fi/ prefix that i18n_patterns adds.
        for model in PAGE_TYPES:
            page = make_page(model, "fi")
            with self.subTest(model=model.__name__):
                self.assertPageIsRenderable(page)
                self.assertPageIsPreviewable(page, post_data=preview_form_data(page))


def preview_form_data(page):
    """The edit form's data for `page`, with a heading block to preview."""
    data = {"title": page.title, "slug": page.slug, "intro": page.intro,
            "body": streamfield([("heading", {"text": "Esikatselu", "level": "h2"})])}
    if isinstance(page, HomePage):
        data["hero_title"] = page.hero_title
    if isinstance(page, NewsArticlePage):
        data["date"] = page.date.isoformat()
    if isinstance(page, AccessibilityStatementPage):
        data.update(compliance_status=page.compliance_status,
                    assessment_method=page.assessment_method,
                    prepared_on=page.prepared_on.isoformat(),
                    reviewed_on=page.reviewed_on.isoformat(),
                    feedback_email=page.feedback_email,
                    non_accessible_content=rich_text(page.non_accessible_content),
                    feedback_text=rich_text(page.feedback_text),
                    enforcement_text=rich_text(page.enforcement_text))
    if isinstance(page, PrivacyNoticePage):
        data.update(updated_on=page.updated_on.isoformat(),
                    controller=rich_text(page.controller),
                    contact_person=rich_text(page.contact_person),
                    data_protection_officer=rich_text(page.data_protection_officer))
    if isinstance(page, (NewsIndexPage, TenderIndexPage, PilotCallIndexPage)):
        del data["body"]
    multiple = {}
    if isinstance(page, TenderPage):
        data.update(reference=page.reference, contract_type=page.contract_type_id,
                    procedure=page.procedure, planned_publication_precision="month",
                    sme_notes=rich_text(page.sme_notes), status_note=page.status_note,
                    lots=inline_formset([]))
        multiple = {"service_areas": [t.pk for t in page.service_areas.all()],
                    "municipalities": [t.pk for t in page.municipalities.all()]}
    if isinstance(page, PilotCallPage):
        del data["body"]
        criteria = [{"name": criterion.name, "description": criterion.description,
                     "weight": str(criterion.weight), "scale_max": criterion.scale_max}
                    for criterion in page.criteria.all()]
        data.update(theme=page.theme, background=streamfield([]), goals=page.goals,
                    eligibility=page.eligibility, pilots_sought=page.pilots_sought,
                    opens=page.opens.isoformat(), deadline=page.deadline.isoformat(),
                    score_aggregate=page.score_aggregate, criteria=inline_formset(criteria),
                    questions=inline_formset([]), faq=inline_formset([]))
    return {**nested_form_data(data), **multiple}


@pytest.mark.django_db
def test_only_one_accessibility_statement_per_language_home():
    factories.AccessibilityStatementPageFactory()
    factories.PrivacyNoticePageFactory()
    home = factories.home_page("fi")
    assert not AccessibilityStatementPage.can_create_at(home)
    assert not PrivacyNoticePage.can_create_at(home)
    assert StandardPage.can_create_at(home)


@pytest.fixture
def every_page_type(db):
    """A page of every public type in Finnish, Swedish and English, with headings in its
    body where it has one (h2 and an h3 under it, as staff write them)."""
    body = [("heading", {"text": "Taustaa", "level": "h2"}),
            ("paragraph", "<p>Miksi markkinavuoropuhelua?</p>"),
            ("heading", {"text": "Aikataulu", "level": "h3"}),
            ("paragraph", "<p>Keväällä.</p>")]
    pages = [
        factories.StandardPageFactory(body=body),
        factories.AccessibilityStatementPageFactory(),
        factories.PrivacyNoticePageFactory(),
        factories.NewsArticlePageFactory(),
        factories.TenderPageFactory(lots=[{"title": "Pohjoinen"}, {"title": "Etelä"}]),
        factories.EventPageFactory(),
        factories.PilotCallPageFactory(),
    ]
    for page in pages:
        for language in ("sv", "en"):
            factories.translate(page, language)
    return pages


@pytest.mark.django_db
@pytest.mark.usefixtures("every_page_type")
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_page_skips_a_heading_level(client, language):
    """Screen-reader users navigate by headings; an h3 straight under the h1 loses them."""
    import re

    for page in Page.objects.live().filter(locale__language_code=language, depth__gte=2):
        html = client.get(page.url).content.decode()
        main = html[html.index("<main"):html.index("</main>")]
        levels = [int(level) for level in re.findall(r"<h([1-6])[\s>]", main)]
        for previous, current in zip(levels, levels[1:], strict=False):
            assert current <= previous + 1, f"{page.url}: h{previous} followed by h{current}"
