"""The test factories build valid records: business IDs, pages under their home, translations."""

import pytest
from django.utils import translation
from stdnum.fi import ytunnus

from suppliers.models import Membership
from tests.factories import (
    AdminMembershipFactory,
    AlertSubscriptionFactory,
    EventPageFactory,
    NewsArticlePageFactory,
    PilotCallPageFactory,
    ServiceAreaFactory,
    StandardPageFactory,
    TenderInterestFactory,
    TenderPageFactory,
    business_id,
    home_page,
    translate,
)

pytestmark = pytest.mark.django_db


def test_business_ids_of_the_series_are_valid_and_distinct():
    ids = [business_id(n) for n in range(500)]
    assert all(ytunnus.is_valid(value) for value in ids)
    assert len(set(ids)) == len(ids)


def test_an_organisation_has_an_admin_member():
    membership = AdminMembershipFactory()
    assert membership.organisation.full_clean() is None
    assert Membership.objects.get().user.emailaddress_set.get().verified


def test_a_tender_has_its_lots_and_terms_and_a_swedish_translation():
    tender = TenderPageFactory(lots=[{"title": "Pohjoinen"}, {"title": "Etelä"}],
                               service_areas=[ServiceAreaFactory(code="test-area")])
    assert tender.live and tender.get_parent().get_parent().specific == home_page("fi")
    assert [(lot.number, lot.title) for lot in tender.lots.all()] == [
        (1, "Pohjoinen"), (2, "Etelä")]
    assert [area.code for area in tender.service_areas.all()] == ["test-area"]
    swedish = translate(tender, "sv", title="Hemvård")
    assert swedish.locale.language_code == "sv" and swedish.live
    assert swedish.translation_key == tender.translation_key
    assert swedish.get_parent().get_parent().specific == home_page("sv")
    assert swedish.lots.count() == 2


def test_pages_of_every_type_are_published_under_their_index():
    for page in (EventPageFactory(), PilotCallPageFactory(), NewsArticlePageFactory(),
                 StandardPageFactory()):
        assert page.live and page.url
    assert StandardPageFactory(publish=False).live is False


def test_a_term_is_named_in_every_language_and_reused_by_code():
    area = ServiceAreaFactory(name_sv="Hemvård")
    with translation.override("sv"):
        assert area.name == "Hemvård"
    assert area.name_fi and area.name_en
    assert ServiceAreaFactory(code=area.code) == area


def test_an_interest_and_an_alert():
    interest = TenderInterestFactory()
    assert interest.registered_by.supplier_memberships.get().organisation == \
        interest.organisation
    alert = AlertSubscriptionFactory(service_areas=["home-care-support"])
    assert [area.code for area in alert.service_areas.all()] == ["home-care-support"]
