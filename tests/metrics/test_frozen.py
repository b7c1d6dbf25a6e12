"""Finished months frozen: a kept month gives exactly what computing it from the records gives,
in a fixed number of queries, and is forgotten when something changes it afterwards (a late
record dated in it, a delivery report, attendance, a cancellation, a decision, an alert
switched off, a tender renamed, an organisation's new size, a deleted account or
organisation, page views flushed late); what no signal sees is mended by the daily run."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from pilots.enums import ProposalStatus
from pilots.models import ProposalTransition
from portal.core.dates import HELSINKI
from portal.events.domain import cancel_event
from portal.events.models import EventPage, Registration
from portal.metrics import frozen
from portal.metrics.models import FrozenMonth, PageViewDay, SignInMonth
from portal.metrics.pageviews import flush_page_views, record_view
from portal.metrics.periods import Period
from portal.metrics.registry import SECTIONS, compute, monthly_series
from portal.notifications.domain import record_delivery_report
from portal.notifications.enums import DeliveryStatus, EmailStatus
from portal.notifications.models import OutboundEmail
from portal.taxonomy.models import Municipality
from portal.tenders.models import TenderPage
from suppliers.alerts.models import AlertSubscription
from suppliers.interests.models import TenderInterest
from suppliers.models import Organisation
from suppliers.personal_data import delete_account
from tests.factories import (
    AlertSubscriptionFactory,
    EventPageFactory,
    MembershipFactory,
    OrganisationFactory,
    PilotCallPageFactory,
    ProposalFactory,
    RegistrationFactory,
    TenderInterestFactory,
    TenderPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


def at(period, day, hour=12):
    return datetime.datetime.combine(period.start.replace(day=day), datetime.time(hour),
                                     tzinfo=HELSINKI)


def finished_months():
    """The two months before this one (both finished)."""
    last = Period.last_full_month()
    return [last.previous(), last]


def build(size):
    """`size` records of every kind in each of the two finished months, made with the
    factories: organisations of two types and sizes in a municipality, their members' sign-ins,
    interests in a tender (in Finnish and Swedish) and its lots, alerts (half of them switched
    off), e-mails (delivered or bounced), an event a month with registrations and attendance,
    proposals to a pilot call with decisions, and views of the tender page."""
    first, second = months = finished_months()
    tender = TenderPageFactory(title="Kotihoidon tukipalvelut",
                               lots=[{"title": "Vaasa"}, {"title": "Närpiö"}])
    translate(tender, "sv", title="Stödtjänster inom hemvården")
    # Published before the months, so that its lots count as lots without interest.
    TenderPage.objects.filter(translation_key=tender.translation_key).update(
        first_published_at=at(first, 1, 8))
    lots = list(tender.lots.order_by("number"))
    events = {first: EventPageFactory(title="Hankintakoulutus", start=at(first, 12)),
              second: EventPageFactory(title="Markkinavuoropuhelu", event_type="market_dialogue",
                                       start=at(second, 12))}
    call = PilotCallPageFactory(title="Yksinäisyyskokeilu", opens=at(first, 2),
                                deadline=at(second, 25))
    for month in months:
        for number in range(size):
            association = number % 2 == 1
            organisation = OrganisationFactory(
                organisation_type="association" if association else "company",
                headcount_band="large" if association else "micro",
                turnover_band="medium" if association else "micro", municipalities=["905"])
            Organisation.objects.filter(pk=organisation.pk).update(created_at=at(month, 3))
            user = MembershipFactory(organisation=organisation).user
            SignInMonth.objects.create(user=user, month=month.start)
            interest = TenderInterestFactory(tender=tender, organisation=organisation,
                                             registered_by=user, lots=lots[:1])
            TenderInterest.objects.filter(pk=interest.pk).update(created_at=at(month, 5))
            AlertSubscriptionFactory(user=user, created_at=at(month, 6),
                                     active=number % 2 == 0)
            OutboundEmail.objects.create(
                to=user.email, language="fi", template="test", subject="Aihe", text_body="Teksti",
                status=EmailStatus.SENT, sent_at=at(month, 7), esp_message_id=f"{month}-{number}",
                delivery_status=DeliveryStatus.BOUNCED if association else DeliveryStatus.DELIVERED)
            RegistrationFactory(event=events[month], user=user, organisation=organisation,
                                attended=not association)
            proposal = ProposalFactory(call=call, organisation=organisation,
                                       status=ProposalStatus.SUBMITTED)
            decision = ProposalStatus.REJECTED if association else ProposalStatus.ACCEPTED
            type(proposal).objects.filter(pk=proposal.pk).update(submitted_at=at(month, 8),
                                                                 status=decision)
            ProposalTransition.objects.create(
                proposal=proposal, from_status=ProposalStatus.DECISION_PENDING,
                to_status=decision, at=at(month, 20 + number % 5))
            PageViewDay.objects.create(page=tender, day=at(month, 9 + number).date(),
                                       views=number + 1)
    return months


def same_as_the_records(month):
    """compute() of the month (kept) equals computing it from the records, in either
    language; the kept figures, in the language in use."""
    for language in ("fi", "sv"):
        with translation.override(language):
            kept, live = compute(month), compute(month, live=True)
            assert kept == live, [key for key in kept if kept[key] != live[key]]
    return compute(month)


@pytest.mark.parametrize("size", [1, 3])
def test_a_frozen_month_gives_what_the_records_give_in_fixed_queries(
        size, django_assert_num_queries):
    months = build(size)
    assert not FrozenMonth.objects.exists()
    for month in months:
        live = compute(month, live=True)
        assert compute(month) == live  # computed and kept now
        assert same_as_the_records(month) == live  # read from where it is kept
        # Every section, with breakdowns in both languages.
        assert live["organisations_new"].value == size
        assert live["interests_new"].value == size
        assert live["emails_delivered"].value == (size + 1) // 2
        assert live["event_participants_attended"].value == (size + 1) // 2
        assert live["proposals_decided"].value == size
        assert live["tender_page_views"].value == size * (size + 1) // 2
        assert live["lots_without_interest"].value == 1
        assert live["interests_new"].breakdowns["per_lot"].rows
    assert FrozenMonth.objects.count() == len(SECTIONS) * len(months)
    series = monthly_series(months)
    assert series == monthly_series(months, live=True)
    with django_assert_num_queries(1):
        compute(months[0])
    with django_assert_num_queries(1):
        monthly_series(months)


def test_months_are_kept_on_first_need_for_every_section_missing_them():
    months = build(1)
    series = monthly_series(months, keys=["alerts_new"])
    # A series keeps the values only; the breakdowns are computed when a month is shown.
    assert list(FrozenMonth.objects.values_list("section", "figures").distinct()) == [
        ("alerts", None)]
    assert monthly_series(months, keys=["alerts_new"]) == series
    compute(months[1])
    assert FrozenMonth.objects.filter(month=months[1].start, figures__isnull=False).count() \
        == len(SECTIONS)
    assert FrozenMonth.objects.get(month=months[0].start).figures is None
    same_as_the_records(months[0])
    assert FrozenMonth.objects.get(month=months[0].start, section="alerts").figures


def test_a_series_leaves_the_breakdowns_kept_of_the_months_it_computes_again():
    first, second = build(1)
    compute(second)
    frozen.forget(["email"], second.start)
    # Every section is computed for both months (one misses the first, one the second)...
    monthly_series([first, second])
    # ...and only what was missing is kept: values only.
    assert set(FrozenMonth.objects.filter(figures__isnull=True).values_list(
        "section", "month")) == {(key, first.start) for key in SECTIONS} | {
        ("email", second.start)}
    assert FrozenMonth.objects.filter(month=second.start, figures__isnull=False).count() == \
        len(SECTIONS) - 1


def test_the_month_running_and_longer_periods_are_computed_from_the_records():
    months = build(1)
    compute(Period(months[0].start, months[1].end))
    compute(Period.for_month(timezone.now()))
    assert not FrozenMonth.objects.exists()


def test_a_month_is_kept_an_hour_after_it_ended(monkeypatch):
    monkeypatch.setattr(frozen, "SETTLE", datetime.timedelta(hours=1))
    month = Period.last_full_month()
    end = month.bounds()[1]
    assert not frozen.STORE.keeps(month, now=end + datetime.timedelta(minutes=59))
    assert frozen.STORE.keeps(month, now=end + datetime.timedelta(hours=1))
    assert not frozen.STORE.keeps(Period(month.start, month.start + datetime.timedelta(days=7)),
                                  now=end + datetime.timedelta(days=1))


@pytest.fixture
def kept():
    """The two months built with one record of each kind, computed and kept."""
    months = build(2)
    for month in months:
        compute(month)
    assert FrozenMonth.objects.count() == len(SECTIONS) * len(months)
    return months


def test_a_late_record_dated_in_a_finished_month_is_counted(kept):
    first, second = kept
    before = compute(second)
    # An organisation and an e-mail recorded now with dates in the past month.
    organisation = OrganisationFactory()
    organisation.created_at = at(second, 20)
    organisation.save(update_fields=["created_at"])
    OutboundEmail.objects.create(to="myohassa@example.fi", language="fi", template="test",
                                 subject="Aihe", text_body="Teksti", status=EmailStatus.SENT,
                                 sent_at=at(second, 21))
    after = same_as_the_records(second)
    assert after["organisations_new"].value == before["organisations_new"].value + 1
    assert after["emails_sent"].value == before["emails_sent"].value + 1
    # The month before is still kept as it was.
    assert FrozenMonth.objects.filter(month=first.start, section="organisations").exists()


def test_reports_that_come_after_the_month_ended(kept):
    """A delivery report, attendance marked, an event cancelled, a decision on a proposal,
    an alert switched off: each after the month ended."""
    first, second = kept
    before = compute(second)
    email = OutboundEmail.objects.filter(sent_at__gte=at(second, 1),
                                         delivery_status=DeliveryStatus.BOUNCED).first()
    email.delivery_status = ""
    email.save(update_fields=["delivery_status"])
    compute(second)
    record_delivery_report(event_type="delivered", message_id=email.esp_message_id)
    registration = Registration.objects.filter(attended=False).order_by("pk").last()
    registration.attended = True
    registration.save(update_fields=["attended", "updated_at"])
    after = same_as_the_records(second)
    assert after["emails_delivered"].value == before["emails_delivered"].value + 1
    assert after["event_participants_attended"].value == \
        before["event_participants_attended"].value + 1

    event = EventPage.objects.get(title="Hankintakoulutus")
    assert compute(first)["events_held"].value == 1
    cancel_event(event)
    assert same_as_the_records(first)["events_held"].value == 0

    proposal = ProposalTransition.objects.filter(at__gte=at(first, 1), at__lt=at(second, 1)) \
        .first().proposal
    proposal.status = ProposalStatus.WITHDRAWN
    proposal.save(update_fields=["status", "updated_at"])
    assert "withdrawn" in {row.key for row in same_as_the_records(first)[
        "proposals_submitted"].breakdowns["by_state"].rows}

    alerts = compute(second)["alerts_active"].value
    alert = AlertSubscription.objects.filter(active=True).first()
    alert.active = False
    alert.save(update_fields=["active"])
    assert same_as_the_records(second)["alerts_active"].value == alerts - 1
    same_as_the_records(first)


def test_staff_corrections_of_names_and_sizes(kept):
    """A tender renamed and published, a municipality renamed, an organisation's new size
    class: every month that shows them."""
    first, second = kept
    tender = TenderPage.objects.get(title="Kotihoidon tukipalvelut")
    tender.title = "Kotihoidon tukipalvelut 2027"
    tender.save_revision().publish()
    for month in kept:
        rows = same_as_the_records(month)["interests_new"].breakdowns["per_tender"].rows
        assert "Kotihoidon tukipalvelut 2027" in {str(row.label) for row in rows}
    compute(first)
    vaasa = Municipality.objects.get(code="905")
    vaasa.name_fi = "Vaasan kaupunki"
    vaasa.save()
    same_as_the_records(first)
    with translation.override("fi"):
        assert "Vaasan kaupunki" in {str(row.label) for row in compute(first)[
            "organisations_new"].breakdowns["by_municipality"].rows}
    share = compute(first)["interests_sme_share"].value
    large = Organisation.objects.filter(headcount_band="large",
                                        created_at__lt=at(second, 1)).first()
    large.headcount_band = large.turnover_band = "micro"
    large.save()
    assert same_as_the_records(first)["interests_sme_share"].value > share
    same_as_the_records(second)


def test_deleted_accounts_and_organisations_leave_the_months_they_counted_in(kept):
    first, second = kept
    before = compute(first)
    member = SignInMonth.objects.filter(month=first.start).first().user
    delete_account(member)
    after = same_as_the_records(first)
    assert after["active_supplier_users"].value == before["active_supplier_users"].value - 1
    assert after["alerts_new"].value == before["alerts_new"].value - 1
    # An organisation without proposals, deleted: its interests go, its registrations stay
    # without an organisation.
    organisation = OrganisationFactory()
    Organisation.objects.filter(pk=organisation.pk).update(created_at=at(second, 3))
    tender = TenderPage.objects.get(title="Kotihoidon tukipalvelut")
    interest = TenderInterestFactory(tender=tender, organisation=organisation)
    TenderInterest.objects.filter(pk=interest.pk).update(created_at=at(second, 4))
    frozen.forget(["organisations", "interest"], second.start)  # dated past the signals
    counted = compute(second)
    Organisation.objects.get(pk=organisation.pk).delete()
    after = same_as_the_records(second)
    assert after["interests_new"].value == counted["interests_new"].value - 1
    assert after["organisations_total"].value == counted["organisations_total"].value - 1


def test_page_views_flushed_after_the_month_ended(kept):
    first, second = kept
    tender = TenderPage.objects.get(title="Kotihoidon tukipalvelut")
    last_day = second.last_day
    views = compute(second)["tender_page_views"].value
    # The last day's counter reaches the database on the first of the next month: a new row,
    # and then more views added to it (a QuerySet.update).
    record_view(tender.pk, day=last_day)
    flush_page_views(today=second.end)
    assert same_as_the_records(second)["tender_page_views"].value == views + 1
    record_view(tender.pk, day=last_day)
    record_view(tender.pk, day=last_day)
    flush_page_views(today=second.end)
    assert same_as_the_records(second)["tender_page_views"].value == views + 3


def test_a_change_while_a_month_is_computed_is_not_kept(monkeypatch):
    first, second = build(1)
    collect = frozen.collect

    def collect_and_meanwhile(periods, sections, details=False):
        figures = collect(periods, sections, details)
        # Committed by another request after this one read the records.
        late = OrganisationFactory()
        late.created_at = at(second, 25)
        late.save(update_fields=["created_at"])
        return figures

    monkeypatch.setattr(frozen, "collect", collect_and_meanwhile)
    compute(second)
    monkeypatch.setattr(frozen, "collect", collect)
    kept = set(FrozenMonth.objects.values_list("section", flat=True))
    assert kept == set(SECTIONS) - {"organisations"}
    same_as_the_records(second)


def test_a_new_definition_of_a_section_computes_its_months_again(kept, monkeypatch):
    first, _second = kept
    monkeypatch.setattr(SECTIONS["alerts"], "version", SECTIONS["alerts"].version + 1)
    made = FrozenMonth.objects.get(section="alerts", month=first.start).frozen_at
    compute(first)
    row = FrozenMonth.objects.get(section="alerts", month=first.start)
    assert row.frozen_at > made and row.definition == frozen.definition(SECTIONS["alerts"])
    assert FrozenMonth.objects.get(section="email", month=first.start).frozen_at == made


def test_the_daily_run_keeps_every_finished_month_and_mends_what_no_signal_saw(kept, caplog):
    first, second = kept
    # Past the signals: not seen until the daily run computes the months again.
    TenderInterest.objects.filter(created_at__gte=at(second, 1)).update(created_at=at(first, 9))
    assert compute(first) != compute(first, live=True)
    call_command("generate_monthly_reports", stdout=io.StringIO())
    assert "interest" in caplog.text and f"{first.start:%Y-%m}" in caplog.text
    for month in kept:
        same_as_the_records(month)
    assert FrozenMonth.objects.filter(month=first.start).count() == len(SECTIONS)


def test_a_change_in_the_month_running_forgets_nothing(kept, django_assert_num_queries):
    organisation = OrganisationFactory()
    with django_assert_num_queries(0):
        frozen.forget(["organisations"], timezone.now())
        frozen.changed(Organisation, organisation.created_at)
    assert FrozenMonth.objects.count() == len(SECTIONS) * 2
