"""The test factories build valid records: business IDs, pages under their home, translations."""

import pytest
from django.utils import translation
from stdnum.fi import ytunnus

from pilots.enums import ProposalStatus
from pilots.presenters import describe_page
from portal.events.domain import registration_closed_reason
from portal.events.models import places_taken
from suppliers.models import Membership
from tests.factories import (
    AdminMembershipFactory,
    AlertSubscriptionFactory,
    EventPageFactory,
    NewsArticlePageFactory,
    PilotCallPageFactory,
    PilotFollowUpFactory,
    ProposalFactory,
    RegistrationFactory,
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


def test_an_event_with_questions_and_a_confirmed_registration():
    event = EventPageFactory(capacity=5, questions=[
        {"label": "Ruokavalio", "kind": "short_text"},
        {"label": "Kieli", "kind": "choice", "choices": "suomi\nruotsi", "required": True}])
    assert [question.locale for question in event.questions.all()] == [event.locale] * 2
    assert registration_closed_reason(event) is None
    registration = RegistrationFactory(event=event, language="sv")
    assert registration.status == "confirmed" and registration.confirmed_at
    assert registration.event_key == event.translation_key and registration.language == "sv"
    assert places_taken(event) == 1
    membership = AdminMembershipFactory()
    own = RegistrationFactory(event=event, user=membership.user,
                              organisation=membership.organisation)
    assert own.email == membership.user.email


def test_a_proposal_is_started_by_the_organisations_admin():
    membership = AdminMembershipFactory()
    draft = ProposalFactory(organisation=membership.organisation, municipalities=["905"])
    assert draft.created_by == membership.user and draft.contact_email == membership.user.email
    assert draft.status == ProposalStatus.DRAFT and draft.submitted_at is None
    assert draft.reference.startswith("P-") and draft.full_clean() is None
    assert [term.code for term in draft.municipalities.all()] == ["905"]
    sent = ProposalFactory(status=ProposalStatus.SUBMITTED)
    assert sent.submitted_at is not None
    assert Membership.objects.admins().get(organisation=sent.organisation).user == \
        sent.created_by


def test_a_pilots_result_is_published_on_its_call_page():
    call = PilotCallPageFactory(opens_days=-200, deadline_days=-150)
    follow_up = PilotFollowUpFactory(proposal__call=call)
    assert follow_up.proposal.status == ProposalStatus.COMPLETED
    results = describe_page(call).results
    assert [result.proposal for result in results] == [follow_up.proposal]
