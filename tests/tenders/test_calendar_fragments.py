"""The calendar keeps its cards and counts between requests (portal/core/fragments.py): every
change is seen on the next request, in each language, and nothing of one reader reaches
another."""

import re

import pytest
from django.test import override_settings

from portal.taxonomy.models import ServiceArea
from portal.tenders.domain import change_status
from portal.tenders.enums import TenderStatus
from tests.factories import MembershipFactory, UserFactory, translate
from tests.tenders.helpers import index_page, make_tender, term

pytestmark = pytest.mark.django_db


def _cards(html):
    return "".join(re.findall(r'<article class="tender-card".*?</article>', html, re.S))


def _calendar(client, query="", language="fi"):
    response = client.get(index_page(language).url + query)
    assert response.status_code == 200
    return response


def test_a_published_change_is_on_the_next_request(client):
    tender = make_tender(title="Kotihoidon tukipalvelut")
    assert "Kotihoidon tukipalvelut" in _calendar(client).content.decode()

    revision = tender.save_revision()
    tender.title = "Kotihoidon tukipalvelut ja ateriat"
    revision = tender.save_revision()
    revision.publish()

    html = _calendar(client).content.decode()
    assert "Kotihoidon tukipalvelut ja ateriat" in html


def test_a_draft_does_not_change_the_card(client):
    tender = make_tender(title="Omaishoidon vapaat")
    _calendar(client)
    tender.title = "Luonnos, ei julkaistu"
    tender.save_revision()
    html = _calendar(client).content.decode()
    assert "Omaishoidon vapaat" in html and "Luonnos, ei julkaistu" not in html


def test_a_new_relation_is_on_the_next_request(client):
    tender = make_tender(service_area="home-care-support")
    area = term(ServiceArea, "rehabilitation")
    assert area.name_fi not in _cards(_calendar(client).content.decode())
    tender.service_areas.add(area)
    tender.save_revision().publish()
    assert area.name_fi in _cards(_calendar(client).content.decode())


def test_a_status_change_is_on_the_next_request(client):
    tender = make_tender(status=TenderStatus.PLANNED)
    assert str(TenderStatus.PLANNED.label) in _calendar(client).content.decode()
    change_status(tender, TenderStatus.CANCELLED)
    html = _calendar(client, "?status=cancelled").content.decode()
    assert str(TenderStatus.CANCELLED.label) in html
    assert tender.title in html


def test_counts_follow_publishing_and_unpublishing(client):
    make_tender(title="Ensimmäinen")
    query = "?service_area=home-care-support"
    assert _calendar(client, query).context["result_count"] == 1
    second = make_tender(title="Toinen")
    assert _calendar(client, query).context["result_count"] == 2
    second.unpublish()
    assert _calendar(client, query).context["result_count"] == 1
    # The same filters in another order are the same list, and count the same.
    assert _calendar(client, "?sme=&service_area=home-care-support").context[
        "result_count"] == 1


def test_each_language_has_its_own_cards(client):
    tender = make_tender(title="Ateriapalvelut", service_area="home-care-support")
    swedish = translate(tender, "sv", title="Måltidstjänster")
    swedish.save_revision().publish()
    finnish_html = _calendar(client).content.decode()
    swedish_html = _calendar(client, language="sv").content.decode()
    area = term(ServiceArea, "home-care-support")
    assert "Ateriapalvelut" in finnish_html and area.name_fi in _cards(finnish_html)
    assert "Måltidstjänster" in swedish_html and area.name_sv in _cards(swedish_html)
    assert area.name_fi not in _cards(swedish_html)


def test_two_signed_in_readers_share_cards_but_nothing_of_their_own(client):
    make_tender(title="Yhteinen kortti")
    staff = UserFactory(is_staff=True)
    supplier = MembershipFactory().user
    client.force_login(staff)
    staff_html = _calendar(client).content.decode()
    client.force_login(supplier)
    supplier_html = _calendar(client).content.decode()
    assert _cards(staff_html) == _cards(supplier_html)
    assert "Yhteinen kortti" in _cards(supplier_html)
    # The staff member's link to the admin stays theirs.
    assert 'href="/admin/"' in staff_html and 'href="/admin/"' not in supplier_html


@override_settings(FRAGMENT_CACHE_SECONDS=0)
def test_without_the_fragment_cache_the_calendar_is_the_same(client):
    make_tender(title="Ilman välimuistia")
    response = _calendar(client)
    assert "Ilman välimuistia" in response.content.decode()
    assert response.context["result_count"] == 1


def test_the_filters_follow_a_renamed_term_and_the_query(client):
    make_tender()
    area = term(ServiceArea, "home-care-support")
    html = _calendar(client).content.decode()
    assert area.name_fi in html
    area.name_fi = "Kotona asumisen tuki"
    area.save()
    assert "Kotona asumisen tuki" in _calendar(client).content.decode()
    # The chosen filters are the query's own: another query, other boxes ticked.
    chosen = _calendar(client, "?service_area=home-care-support").content.decode()
    assert re.search(r'value="home-care-support"[^>]*checked', chosen)
    assert not re.search(r'value="home-care-support"[^>]*checked',
                         _calendar(client).content.decode())
