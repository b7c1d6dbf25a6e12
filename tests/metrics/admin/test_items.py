"""A tender's, event's and pilot call's own engagement figures, and an organisation's
timeline, in the admin."""

import pytest
from django.utils import timezone, translation

from pilots.enums import ProposalStatus
from portal.events.enums import RegistrationStatus
from portal.events.models import Registration
from portal.metrics.models import PageViewDay
from suppliers.enums import SizeClass
from suppliers.interests.models import InterestedLot, TenderInterest
from tests.events.helpers import make_event
from tests.pilots.helpers import make_call, make_proposal
from tests.tenders.helpers import make_tender

from ..conftest import make_org
from .helpers import controller

pytestmark = pytest.mark.django_db


def cells(response, title):
    table = next(table for table in response.context["tables"] if table.title == title)
    return {str(row[0]): row[1:] for row in table.rows}


def interested(tender, organisations, lots):
    for organisation in organisations:
        interest = TenderInterest.objects.create(
            tender_key=tender.translation_key, organisation=organisation, mode="alone",
            language="fi")
        for lot in lots:
            InterestedLot.objects.create(interest=interest, lot_key=lot.translation_key)


@pytest.fixture
def tender(db):
    return make_tender(lots=[{"number": 1, "title": "Vaasa"}, {"number": 2, "title": "Närpiö"}])


def test_a_tender_shows_interest_per_lot_by_size_and_its_page_views(
        client, django_user_model, tender):
    lots = list(tender.lot_list)
    interested(tender, [make_org(timezone.now()), make_org(timezone.now(), headcount="large",
                                                           turnover="large")], lots[:1])
    PageViewDay.objects.create(page=tender, day=timezone.localdate(), views=7)
    client.force_login(controller(django_user_model, language="en"))
    response = client.get(f"/admin/metrics/tender/{tender.pk}/")
    assert response.status_code == 200
    per_lot = cells(response, "Interest per lot and by size class")
    assert per_lot["Whole procurement"][:2] == ["2", "1"]  # interested, of them micro
    assert per_lot[str(lots[1])][0] == "0"
    assert ("Views of the page, all time", "7") in response.context["key_figures"]
    assert response.context["chart"].series[0].values[-1] == 7


def test_an_event_shows_registrations_and_attendance_by_size(client, django_user_model):
    event = make_event(days=-1)
    micro, large = make_org(timezone.now()), make_org(timezone.now(), headcount="large",
                                                      turnover="large")
    for number, (organisation, status, attended) in enumerate([
            (micro, RegistrationStatus.CONFIRMED, True),
            (large, RegistrationStatus.CONFIRMED, False),
            (None, RegistrationStatus.CONFIRMED, True),
            (large, RegistrationStatus.WAITING, None)]):
        Registration.objects.create(event_key=event.translation_key, name=f"P {number}",
                                    email=f"p{number}@example.fi", organisation=organisation,
                                    language="fi", status=status, attended=attended)
    client.force_login(controller(django_user_model, language="en"))
    response = client.get(f"/admin/metrics/event/{event.pk}/")
    by_size = cells(response, "Participants by size class")
    with translation.override("en"):
        micro, large = str(SizeClass.MICRO.label), str(SizeClass.LARGE.label)
    assert by_size[micro] == ["1", "1"]
    assert by_size[large] == ["1", "0"]
    assert by_size["No organisation (guest)"] == ["1", "1"]
    with translation.override("en"):
        waiting = str(RegistrationStatus.WAITING.label)
    assert cells(response, "Registrations by status")[waiting] == ["1"]


def test_a_call_shows_proposals_by_state(client, django_user_model, make_user):
    call = make_call()
    organisation = make_org(timezone.now())
    user = make_user()
    make_proposal(call, organisation, user, status=ProposalStatus.SUBMITTED)
    make_proposal(call, organisation, user, status=ProposalStatus.ACCEPTED)
    make_proposal(call, organisation, user)  # a draft is the supplier's own
    client.force_login(controller(django_user_model, language="en"))
    response = client.get(f"/admin/metrics/call/{call.pk}/")
    by_state = cells(response, "Proposals by state")
    with translation.override("en"):
        labels = {status: str(status.label) for status in ProposalStatus}
    assert by_state[labels[ProposalStatus.SUBMITTED]] == ["1"]
    assert by_state[labels[ProposalStatus.ACCEPTED]] == ["1"]
    assert labels[ProposalStatus.DRAFT] not in by_state
    assert ("Proposals submitted", "2") in response.context["key_figures"]


@pytest.mark.parametrize("size", [1, 3])
def test_a_tenders_figures_take_a_fixed_number_of_queries(
        client, django_user_model, django_assert_num_queries, tender, size):
    interested(tender, [make_org(timezone.now()) for _n in range(size)], tender.lot_list)
    client.force_login(controller(django_user_model))
    url = f"/admin/metrics/tender/{tender.pk}/"
    client.get(url)
    with django_assert_num_queries(ITEM_QUERIES):
        client.get(url)


def test_an_unknown_kind_or_page_is_not_found(client, django_user_model, tender):
    client.force_login(controller(django_user_model))
    assert client.get(f"/admin/metrics/news/{tender.pk}/").status_code == 404
    assert client.get(f"/admin/metrics/event/{tender.pk}/").status_code == 404


def test_the_timeline_lists_what_the_organisation_did(client, django_user_model, tender):
    organisation = make_org(timezone.now(), name="Kotiapu Oy")
    interested(tender, [organisation], [])
    client.force_login(controller(django_user_model, language="sv"))
    response = client.get(f"/admin/metrics/organisations/{organisation.pk}/timeline/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kotiapu Oy" in html and 'lang="sv"' in html


ITEM_QUERIES = 16
