"""Each indicator against hand-counted records, at Helsinki month boundaries.

The records are dated in 2031, after everything the demo seed or "now" leaves, so the
counts are exactly the ones made here (the demo's tenders are told apart by their rows).
"""

import datetime
from decimal import Decimal

import pytest

from pilots.enums import ProposalStatus
from pilots.models import ProposalTransition
from portal.events.enums import RegistrationStatus
from portal.events.models import Registration
from portal.metrics.figures import Figure
from portal.metrics.models import PageViewDay, SignInMonth
from portal.metrics.periods import Period
from portal.metrics.registry import INDICATORS, INDICATORS_BY_KEY, SECTIONS, compute, monthly_series
from portal.notifications.enums import DeliveryStatus, EmailStatus
from portal.notifications.models import OutboundEmail
from suppliers.alerts.models import AlertSubscription
from suppliers.enums import OrganisationType
from suppliers.interests.models import InterestedLot, TenderInterest
from tests.events.helpers import make_event
from tests.pilots.helpers import make_call, make_proposal
from tests.tenders.helpers import make_tender

from .conftest import helsinki, make_org

JAN, FEB, MAR, APR = (Period.month(2031, month) for month in (1, 2, 3, 4))
OCT, NOV = Period.month(2031, 10), Period.month(2031, 11)
EMPTY = Period.month(2031, 6)
# 2031: summer time starts on 30 March and ends on 26 October.
MONTHS = [Period.month(2031, month) for month in range(1, 13)]


def rows(figure, table):
    return {row.key: row.value for row in figure.breakdowns[table].rows}


def test_every_indicator_is_defined_once_with_a_known_section_and_unit():
    assert len(INDICATORS_BY_KEY) == len(INDICATORS)
    for indicator in INDICATORS:
        assert indicator.section in SECTIONS
        assert indicator.unit in ("count", "percent", "days", "yesno")
        assert str(indicator.help)


@pytest.fixture
def organisations(db):
    """Two in January (one at 23:59 on the 31st), one at 00:00 on 1 February, one an
    association at the end of March (summer time), one large in April."""
    return [
        make_org(helsinki(2031, 1, 10, 12), municipalities=["905", "499"]),
        make_org(helsinki(2031, 1, 31, 23, 59), headcount="small", municipalities=["905"]),
        make_org(helsinki(2031, 2, 1, 0, 0), kind=OrganisationType.ASSOCIATION,
                 headcount="", turnover=""),
        make_org(helsinki(2031, 3, 31, 23, 59), kind=OrganisationType.ASSOCIATION),
        make_org(helsinki(2031, 4, 1, 0, 0), headcount="large", turnover="medium"),
    ]


def test_organisations_new_and_total_by_helsinki_month(organisations):
    before = compute(Period(datetime.date(2030, 12, 1), datetime.date(2031, 1, 1)))
    base = before["organisations_total"].value
    jan, feb, mar, apr = (compute(p) for p in (JAN, FEB, MAR, APR))
    assert [f["organisations_new"].value for f in (jan, feb, mar, apr)] == [2, 1, 1, 1]
    assert [f["organisations_total"].value - base for f in (jan, feb, mar, apr)] == [2, 3, 4, 5]
    assert rows(jan["organisations_new"], "by_size_class") == {"micro": 1, "small": 1}
    assert rows(feb["organisations_new"], "by_size_class") == {"unknown": 1}
    assert rows(feb["organisations_new"], "by_type") == {"association": 1}
    assert rows(apr["organisations_new"], "by_size_class") == {"large": 1}
    assert rows(jan["organisations_new"], "by_municipality") == {"905": 2, "499": 1}
    labels = {row.key: str(row.label) for row in jan["organisations_new"]
              .breakdowns["by_municipality"].rows}
    assert labels["905"] == "Vaasa"


def test_a_quarter_counts_what_its_months_count(organisations):
    quarter = compute(Period(JAN.start, APR.start))
    assert quarter["organisations_new"].value == 4
    assert rows(quarter["organisations_new"], "by_type") == {"company": 2, "association": 2}


def test_empty_month_gives_zeros_and_undefined_rates(db):
    figures = compute(EMPTY)
    for key in ("organisations_new", "interests_new", "alerts_new", "emails_sent",
                "events_held", "training_held", "event_participants_registered",
                "calls_opened", "proposals_submitted", "proposals_decided",
                "tender_page_views", "active_supplier_users"):
        assert figures[key].value == 0, key
    for key in ("interests_sme_share", "interests_association_share",
                "proposals_acceptance_rate", "proposals_decision_days"):
        assert figures[key].value is None, key


def test_active_supplier_users_count_each_user_once_a_month(organisations, member):
    first, second = member(organisations[0]), member(organisations[1])
    SignInMonth.objects.create(user=first, month=datetime.date(2031, 1, 1))
    SignInMonth.objects.create(user=second, month=datetime.date(2031, 1, 1))
    SignInMonth.objects.create(user=first, month=datetime.date(2031, 2, 1))
    assert compute(JAN)["active_supplier_users"].value == 2
    assert compute(FEB)["active_supplier_users"].value == 1


def test_sign_in_of_a_member_is_kept_as_its_month_only(organisations, member, make_user,
                                                       client):
    from portal.metrics.signals import record_sign_in

    user = member(organisations[0])
    record_sign_in(user, helsinki(2031, 3, 31, 23, 59))
    record_sign_in(user, helsinki(2031, 3, 2))
    record_sign_in(make_user(), helsinki(2031, 3, 2))  # not a member of any organisation
    assert list(SignInMonth.objects.filter(month__year=2031).values_list("user", "month")) \
        == [(user.pk, datetime.date(2031, 3, 1))]


def _interest(tender, organisation, created, lots=(), withdrawn=None):
    interest = TenderInterest.objects.create(
        tender_key=tender.translation_key, organisation=organisation, mode="alone",
        language="fi", status="withdrawn" if withdrawn else "active", withdrawn_at=withdrawn)
    TenderInterest.objects.filter(pk=interest.pk).update(created_at=created)
    for lot in lots:
        InterestedLot.objects.create(interest=interest, lot_key=lot.translation_key)
    return interest


@pytest.fixture
def tender(db):
    return make_tender(lots=[{"number": 1, "title": "Vaasa"}, {"number": 2, "title": "Närpiö"},
                             {"number": 3, "title": "Pietarsaari"}])


def test_interests_per_tender_and_lot_and_shares(organisations, tender):
    lots = list(tender.lots.order_by("number"))
    company, small, association = organisations[0], organisations[1], organisations[2]
    large = organisations[4]
    _interest(tender, company, helsinki(2031, 10, 31, 23, 59), lots[:2])  # after summer time
    _interest(tender, small, helsinki(2031, 11, 1, 0, 0), lots[:1])
    _interest(tender, association, helsinki(2031, 11, 15), lots[1:2])
    _interest(tender, large, helsinki(2031, 11, 20), lots[:1],
              withdrawn=helsinki(2031, 11, 21))
    october, november = compute(OCT), compute(NOV)
    assert october["interests_new"].value == 1
    assert november["interests_new"].value == 3
    assert rows(november["interests_new"], "per_tender") == {str(tender.translation_key): 3}
    assert rows(november["interests_new"], "per_lot") == {
        str(lots[0].translation_key): 2, str(lots[1].translation_key): 1}
    assert november["interests_new"].breakdowns["per_tender"].rows[0].url
    # Small and micro (SMEs) and the association of undeclared size out of three.
    assert november["interests_sme_share"].value == Decimal("33.3")
    assert november["interests_association_share"].value == Decimal("33.3")
    assert october["interests_sme_share"].value == Decimal("100.0")
    # Lot 3 has no interest in either month; lot 2 had none before 31 October.
    assert rows(october["lots_without_interest"], "per_tender")[str(tender.translation_key)] == 1
    assert rows(compute(Period.month(2031, 9))["lots_without_interest"], "per_tender")[
        str(tender.translation_key)] == 3


def test_lots_of_a_tender_whose_interest_closed_are_not_counted(tender):
    type(tender).objects.filter(pk=tender.pk).update(
        interest_deadline=helsinki(2031, 2, 28, 23, 59))
    assert str(tender.translation_key) in rows(compute(FEB)["lots_without_interest"],
                                               "per_tender")
    assert str(tender.translation_key) not in rows(compute(MAR)["lots_without_interest"],
                                                   "per_tender")


def test_alerts_new_and_active_at_the_end(make_user):
    user = make_user()
    for created, active in ((helsinki(2031, 1, 31, 23, 59), True),
                            (helsinki(2031, 2, 1, 0, 0), True),
                            (helsinki(2031, 2, 3), False)):
        AlertSubscription.objects.create(user=user, language="fi", created_at=created,
                                         active=active)
    base = compute(Period.month(2030, 12))["alerts_active"].value
    jan, feb = compute(JAN), compute(FEB)
    assert (jan["alerts_new"].value, jan["alerts_active"].value - base) == (1, 1)
    assert (feb["alerts_new"].value, feb["alerts_active"].value - base) == (2, 2)


def _email(sent, delivery="", status=EmailStatus.SENT):
    return OutboundEmail.objects.create(
        to="a@example.fi", language="fi", template="test", subject="s", text_body="t",
        status=status, sent_at=sent, delivery_status=delivery)


def test_emails_sent_and_delivered(db):
    _email(helsinki(2031, 3, 31, 23, 59), DeliveryStatus.DELIVERED)
    _email(helsinki(2031, 4, 1, 0, 0), DeliveryStatus.DELIVERED)
    _email(helsinki(2031, 4, 2), DeliveryStatus.BOUNCED)
    _email(helsinki(2031, 4, 3), DeliveryStatus.COMPLAINED)
    _email(helsinki(2031, 4, 4))
    _email(None, status=EmailStatus.QUEUED)
    march, april = compute(MAR), compute(APR)
    assert (march["emails_sent"].value, march["emails_delivered"].value) == (1, 1)
    assert (april["emails_sent"].value, april["emails_delivered"].value) == (4, 2)
    assert rows(april["emails_sent"], "by_delivery") == {
        "": 1, "delivered": 1, "bounced": 1, "complained": 1}


@pytest.fixture
def events(organisations):
    training = make_event(event_type="training", start=helsinki(2031, 3, 31, 23, 59),
                          end=helsinki(2031, 4, 1, 2))
    dialogue = make_event(event_type="market_dialogue", start=helsinki(2031, 4, 1, 0, 0),
                          end=helsinki(2031, 4, 1, 2))
    cancelled = make_event(event_type="training", start=helsinki(2031, 4, 10),
                           end=helsinki(2031, 4, 10, 2))
    type(cancelled).objects.filter(pk=cancelled.pk).update(cancelled=True)
    draft = make_event(event_type="training", start=helsinki(2031, 4, 11),
                       end=helsinki(2031, 4, 11, 2), publish=False)
    people = [
        (training, organisations[0], RegistrationStatus.CONFIRMED, True),
        (training, organisations[4], RegistrationStatus.CONFIRMED, False),
        (training, None, RegistrationStatus.CONFIRMED, True),
        (training, organisations[1], RegistrationStatus.CANCELLED, None),
        (dialogue, organisations[0], RegistrationStatus.CONFIRMED, True),
        (dialogue, organisations[1], RegistrationStatus.WAITING, None),
        (cancelled, organisations[1], RegistrationStatus.CONFIRMED, None),
        (draft, organisations[1], RegistrationStatus.CONFIRMED, None),
    ]
    for number, (event, organisation, status, attended) in enumerate(people):
        Registration.objects.create(event_key=event.translation_key, name=f"P {number}",
                                    email=f"p{number}@example.fi", organisation=organisation,
                                    language="fi", status=status, attended=attended)
    return training, dialogue


def test_events_held_training_and_participants(events):
    training, dialogue = events
    march, april = compute(MAR), compute(APR)
    assert march["events_held"].value == 1
    assert march["training_held"].value == 1
    assert (march["event_participants_registered"].value,
            march["event_participants_attended"].value) == (3, 2)
    assert rows(march["event_participants_attended"], "by_size_class") == {"micro": 1,
                                                                           "none": 1}
    assert rows(march["event_participants_registered"], "by_size_class") == {
        "micro": 1, "large": 1, "none": 1}
    assert april["events_held"].value == 1
    assert april["training_held"].value == 0
    assert rows(april["events_held"], "by_event_type") == {"market_dialogue": 1}
    assert rows(april["event_participants_registered"], "per_event") == {
        str(dialogue.translation_key): 1}


def test_an_event_translated_is_one_event(events):
    from tests.events.helpers import translate

    training, _dialogue = events
    translate(training, "sv")
    assert compute(MAR)["events_held"].value == 1


@pytest.fixture
def calls(db):
    return [
        make_call(opens=helsinki(2031, 1, 31, 23, 59), deadline=helsinki(2031, 3, 1, 0, 0)),
        make_call(opens=helsinki(2031, 2, 1, 0, 0), deadline=helsinki(2031, 2, 28, 16)),
    ]


def test_pilot_calls_opened_and_open(calls):
    jan, feb, mar = compute(JAN), compute(FEB), compute(MAR)
    assert (jan["calls_opened"].value, jan["calls_open"].value) == (1, 1)
    assert (feb["calls_opened"].value, feb["calls_open"].value) == (1, 2)
    # The first call's deadline is at 00:00 on 1 March: it was open at that moment.
    assert (mar["calls_opened"].value, mar["calls_open"].value) == (0, 1)


def _decide(proposal, decision, at):
    ProposalTransition.objects.create(proposal=proposal,
                                      from_status=ProposalStatus.DECISION_PENDING,
                                      to_status=decision, at=at)
    type(proposal).objects.filter(pk=proposal.pk).update(status=decision)


def test_proposals_by_state_acceptance_rate_and_decision_time(calls, organisations,
                                                              member):
    call = calls[0]
    user = member(organisations[0])
    submitted = [helsinki(2031, 2, 1, 0, 0), helsinki(2031, 2, 10),
                 helsinki(2031, 2, 28, 23, 59), helsinki(2031, 3, 1, 0, 0)]
    proposals = []
    for number, when in enumerate(submitted):
        proposal = make_proposal(call, organisations[number], user,
                                 status=ProposalStatus.SUBMITTED)
        type(proposal).objects.filter(pk=proposal.pk).update(submitted_at=when)
        proposals.append(proposal)
    make_proposal(call, organisations[4], user)  # a draft is not submitted
    _decide(proposals[0], ProposalStatus.ACCEPTED, helsinki(2031, 3, 11))  # 38 days
    _decide(proposals[1], ProposalStatus.REJECTED, helsinki(2031, 3, 20))  # 38 days
    _decide(proposals[2], ProposalStatus.RESERVE, helsinki(2031, 3, 31, 23, 59))  # 31 days
    feb, mar = compute(FEB), compute(MAR)
    assert feb["proposals_submitted"].value == 3
    assert rows(feb["proposals_submitted"], "by_state") == {
        "accepted": 1, "rejected": 1, "reserve": 1}
    assert rows(feb["proposals_submitted"], "per_call") == {str(call.translation_key): 3}
    assert mar["proposals_submitted"].value == 1
    assert mar["proposals_decided"].value == 3
    assert mar["proposals_acceptance_rate"].value == Decimal("33.3")
    assert mar["proposals_decision_days"].value == Decimal("38.0")
    assert feb["proposals_decided"].value == 0
    assert feb["proposals_acceptance_rate"].value is None


def test_tender_page_views_sum_the_days_of_all_languages(tender):
    PageViewDay.objects.create(page=tender, day=datetime.date(2031, 1, 31), views=5)
    PageViewDay.objects.create(page=tender, day=datetime.date(2031, 2, 1), views=7)
    PageViewDay.objects.create(page=tender, day=datetime.date(2031, 2, 28), views=1)
    jan, feb = compute(JAN), compute(FEB)
    assert jan["tender_page_views"].value == 5
    assert feb["tender_page_views"].value == 8
    assert rows(feb["tender_page_views"], "per_tender") == {str(tender.translation_key): 8}


@pytest.fixture
def everything(organisations, tender, events, calls, member):
    lots = list(tender.lots.order_by("number"))
    _interest(tender, organisations[0], helsinki(2031, 3, 31, 23, 59), lots[:1])
    _interest(tender, organisations[3], helsinki(2031, 4, 1), lots[1:2])
    _email(helsinki(2031, 4, 1, 0, 0), DeliveryStatus.DELIVERED)
    PageViewDay.objects.create(page=tender, day=datetime.date(2031, 4, 30), views=3)
    user = member(organisations[0])
    SignInMonth.objects.create(user=user, month=datetime.date(2031, 3, 1))
    proposal = make_proposal(calls[0], organisations[0], user, status=ProposalStatus.SUBMITTED)
    type(proposal).objects.filter(pk=proposal.pk).update(submitted_at=helsinki(2031, 2, 2))
    _decide(proposal, ProposalStatus.ACCEPTED, helsinki(2031, 3, 3))


def test_monthly_series_equals_compute_for_each_month(everything):
    series = monthly_series(MONTHS)
    for index, month in enumerate(MONTHS):
        figures = compute(month)
        for key, values in series.items():
            assert values[index] == figures[key].value, (month, key)
    assert series["organisations_new"][:4] == [2, 1, 1, 1]


def test_monthly_series_of_some_indicators(everything):
    series = monthly_series([MAR, APR], keys=["events_held", "emails_sent"])
    assert series == {"events_held": [1, 1], "emails_sent": [0, 1]}


def test_monthly_series_refuses_periods_that_are_not_months(db):
    with pytest.raises(ValueError):
        monthly_series([Period(JAN.start, MAR.start)])


def test_figure_json_round_trip_keeps_values_and_translates_choice_labels(everything):
    from django.utils import translation

    figures = compute(APR)
    stored = {key: figure.as_json() for key, figure in figures.items()}
    import json

    stored = json.loads(json.dumps(stored))
    with translation.override("sv"):
        restored = {key: Figure.from_json(data) for key, data in stored.items()}
        label = str(restored["events_held"].breakdowns["by_event_type"].rows[0].label)
    assert {key: figure.value for key, figure in restored.items()} == {
        key: figure.value for key, figure in figures.items()}
    assert restored["organisations_new"].breakdowns["by_size_class"].rows[0].key == "large"
    assert label != "market_dialogue"
    # The tender has only a Finnish page: read in Swedish, its title is marked Finnish.
    assert restored["tender_page_views"].breakdowns["per_tender"].rows[0].label == \
        f"{tender_title(figures)} [fi]"


def tender_title(figures):
    return str(figures["tender_page_views"].breakdowns["per_tender"].rows[0].label)


def _grow(organisations, tender, calls, member, size):
    """`size` more of every kind of record, dated in April 2031."""
    lots = list(tender.lots.order_by("number"))
    user = member(organisations[0])
    for number in range(size):
        organisation = make_org(helsinki(2031, 4, 2 + number))
        _interest(tender, organisation, helsinki(2031, 4, 2 + number), lots[:2])
        _email(helsinki(2031, 4, 2 + number), DeliveryStatus.DELIVERED)
        AlertSubscription.objects.create(user=user, language="fi",
                                         created_at=helsinki(2031, 4, 2 + number))
        proposal = make_proposal(calls[0], organisation, user, status=ProposalStatus.SUBMITTED)
        type(proposal).objects.filter(pk=proposal.pk).update(
            submitted_at=helsinki(2031, 3, 2 + number))
        _decide(proposal, ProposalStatus.ACCEPTED, helsinki(2031, 4, 2 + number))
        make_event(event_type="training", start=helsinki(2031, 4, 2 + number),
                   end=helsinki(2031, 4, 2 + number, 2))


@pytest.mark.parametrize("size", [1, 4])
def test_compute_runs_a_fixed_number_of_queries(organisations, tender, calls, member, size,
                                                django_assert_num_queries):
    _grow(organisations, tender, calls, member, size)
    with django_assert_num_queries(19):
        compute(APR)


@pytest.mark.parametrize("size", [1, 4])
def test_monthly_series_runs_a_fixed_number_of_queries(organisations, tender, calls, member,
                                                       size, django_assert_num_queries):
    _grow(organisations, tender, calls, member, size)
    with django_assert_num_queries(15):
        monthly_series(MONTHS)
