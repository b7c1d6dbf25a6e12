"""Coming events about a tender on the tender's page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from tests.events.helpers import make_event, translate
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db


def related_section(client, tender):
    html = client.get(tender.url).content.decode()
    if 'id="events-title"' not in html:
        return ""
    section = html[html.index('id="events-title"'):]
    return section[:section.index("</section>")]


def test_the_tender_page_lists_its_coming_events(client):
    tender = make_tender()
    coming = make_event(days=10, event_type="market_dialogue", related_tender=tender)
    make_event(days=-10, related_tender=tender, title="Mennyt vuoropuhelu")
    make_event(days=11, related_tender=tender, cancelled=True, title="Peruttu vuoropuhelu")
    make_event(days=12, title="Muu tapahtuma")
    section = related_section(client, tender)
    assert coming.title in section and f'href="{coming.url}"' in section
    for other in ("Mennyt vuoropuhelu", "Peruttu vuoropuhelu", "Muu tapahtuma"):
        assert other not in section


def test_a_tender_without_events_has_no_section(client):
    assert related_section(client, make_tender()) == ""


def test_the_swedish_tender_page_lists_the_swedish_event(client):
    tender = make_tender()
    swedish_tender = tender.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish_tender.save_revision().publish()
    event = make_event(days=10, related_tender=tender)
    # wagtail-localize copies the link unchanged: the Swedish event points at the Finnish
    # tender; and an event whose link was set to the Swedish tender counts too.
    swedish_event = translate(event, "sv")
    other = make_event(days=11)
    other_swedish = translate(other, "sv", related_tender=swedish_tender)
    section = related_section(client, swedish_tender)
    assert swedish_event.title in section and other_swedish.title in section
    assert event.title + "<" not in section


def test_the_section_costs_one_query(client):
    tender = make_tender()
    client.get(tender.url)
    with CaptureQueriesContext(connection) as without:
        client.get(tender.url)
    for days in (5, 6, 7):
        make_event(days=days, related_tender=tender)
    client.get(tender.url)
    with CaptureQueriesContext(connection) as with_events:
        html = client.get(tender.url).content.decode()
    assert html.count("Testitapahtuma") >= 3
    assert len(with_events) == len(without)
    assert any("events_eventpage" in query["sql"] for query in without.captured_queries)
    assert sum("events_eventpage" in query["sql"] for query in with_events.captured_queries) == 1


def test_an_event_behind_a_view_restriction_is_not_listed(client):
    from wagtail.models import PageViewRestriction

    tender = make_tender()
    private = make_event(days=5, related_tender=tender, title="Suljettu tilaisuus")
    public = make_event(days=6, related_tender=tender)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    section = related_section(client, tender)
    assert public.title in section and "Suljettu tilaisuus" not in section
