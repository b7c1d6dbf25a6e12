"""An organisation's timeline, and the funnel from registering to proposing."""

import pytest

from pilots.enums import ProposalStatus
from pilots.models import ProposalTransition
from portal.events.enums import RegistrationStatus
from portal.events.models import Registration
from portal.metrics.funnel import funnel, organisation_timeline
from portal.metrics.periods import Period
from suppliers.interests.models import TenderInterest
from tests.events.helpers import make_event
from tests.pilots.helpers import make_call, make_proposal
from tests.tenders.helpers import make_tender

from .conftest import helsinki, make_org


@pytest.fixture
def story(db, member):
    """Three organisations registered in May 2031: the first goes all the way, the second
    only registers for an event (and does not come), the third does nothing."""
    first = make_org(helsinki(2031, 5, 2), name="Hoiva Oy")
    second = make_org(helsinki(2031, 5, 1, 0, 0))
    third = make_org(helsinki(2031, 5, 31, 23, 59))
    make_org(helsinki(2031, 6, 1, 0, 0))  # June: outside the period
    user = member(first)
    tender = make_tender(lots=[{"number": 1, "title": "Vaasa"}])
    interest = TenderInterest.objects.create(tender_key=tender.translation_key,
                                             organisation=first, mode="alone", language="fi")
    TenderInterest.objects.filter(pk=interest.pk).update(created_at=helsinki(2031, 5, 3))
    event = make_event(start=helsinki(2031, 5, 20, 9), end=helsinki(2031, 5, 20, 11))
    for number, (organisation, attended) in enumerate(((first, True), (second, False))):
        registration = Registration.objects.create(
            event_key=event.translation_key, name=f"P {number}", email=f"p{number}@example.fi",
            organisation=organisation, language="fi", status=RegistrationStatus.CONFIRMED,
            attended=attended)
        Registration.objects.filter(pk=registration.pk).update(
            created_at=helsinki(2031, 5, 10 + number))
    call = make_call(opens=helsinki(2031, 5, 1), deadline=helsinki(2031, 6, 30))
    proposal = make_proposal(call, first, user, status=ProposalStatus.ACCEPTED)
    type(proposal).objects.filter(pk=proposal.pk).update(submitted_at=helsinki(2031, 5, 25))
    ProposalTransition.objects.create(proposal=proposal,
                                      from_status=ProposalStatus.DECISION_PENDING,
                                      to_status=ProposalStatus.ACCEPTED,
                                      at=helsinki(2031, 6, 15))
    return first, second, third, tender, event, call


def test_funnel_counts_the_period_cohort_at_each_step(story):
    steps = {step.key: step.organisations for step in funnel(Period.month(2031, 5))}
    assert steps == {"registered": 3, "interest": 1, "event_registration": 2, "attended": 1,
                     "proposal": 1}


def test_funnel_without_a_period_counts_every_organisation(story):
    steps = funnel()
    assert [step.key for step in steps] == ["registered", "interest", "event_registration",
                                            "attended", "proposal"]
    assert steps[0].organisations >= 4
    assert all(step.organisations <= steps[0].organisations for step in steps)


def test_funnel_runs_one_query(story, django_assert_num_queries):
    with django_assert_num_queries(1):
        funnel(Period.month(2031, 5))


def test_timeline_of_an_organisation_in_order(story, django_assert_num_queries):
    first, _second, _third, tender, event, call = story
    with django_assert_num_queries(8):
        entries = organisation_timeline(first)
    kinds = [entry.kind for entry in entries if entry.when.year == 2031]
    assert kinds == ["registered", "interest", "event_registration", "attended", "proposal",
                     "decision"]
    by_kind = {entry.kind: entry for entry in entries}
    assert tender.title in str(by_kind["interest"].label)
    assert by_kind["interest"].url
    assert by_kind["attended"].when == helsinki(2031, 5, 20, 9)
    assert call.title in str(by_kind["proposal"].label)
    assert "member" in by_kind


def test_timeline_of_an_organisation_that_did_nothing(story):
    _first, second, third, *_rest = story
    assert [entry.kind for entry in organisation_timeline(third)] == ["registered"]
    assert [entry.kind for entry in organisation_timeline(second)] == [
        "registered", "event_registration"]
