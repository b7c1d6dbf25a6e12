"""seed_demo's year of history gives every month of the last twelve figures, once; and
seed_bench_metrics builds its data set at a stated size."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.demo.loader.metrics import business_id, history_business_ids
from portal.metrics.periods import Period
from portal.metrics.registry import monthly_series

pytestmark = pytest.mark.django_db

# Indicators the history fills in every month of the last twelve.
EVERY_MONTH = ["organisations_new", "active_supplier_users", "interests_new", "emails_sent",
               "emails_delivered", "tender_page_views"]


def last_twelve_months():
    months = [Period.last_full_month()]
    for _ in range(11):
        months.insert(0, months[0].previous())
    return months


def _counts():
    from django.apps import apps

    return {model.__name__: model.objects.count() for model in apps.get_models()
            if model._meta.app_label in {"suppliers", "interests", "alerts", "events",
                                         "pilots", "notifications", "metrics"}}


def test_a_year_of_history_once():
    call_command("seed_demo", stdout=io.StringIO())
    months = last_twelve_months()
    series = monthly_series(months)
    for key in EVERY_MONTH:
        assert all(series[key]), (key, series[key])
    # Events of every type were held, and pilot proposals sent and decided, over the year.
    assert sum(series["events_held"]) >= 10
    assert sum(1 for value in series["events_held"] if value) >= 8
    assert sum(series["proposals_submitted"]) >= 10
    assert sum(1 for value in series["proposals_decided"] if value) >= 2
    assert sum(series["training_held"]) >= 3

    from portal.events.models import EventPage
    from suppliers.models import Organisation

    history = Organisation.objects.filter(business_id__in=history_business_ids(70))
    assert {o.organisation_type for o in history} >= {"company", "association",
                                                      "sole_trader"}
    assert len({o.size_class for o in history}) == 4
    past = EventPage.objects.filter(locale__language_code="fi", end__lt=timezone.now())
    assert set(past.values_list("event_type", flat=True)) == {
        "training", "market_dialogue", "supplier_info", "pilot_info"}

    counts = _counts()
    output = io.StringIO()
    call_command("seed_demo", stdout=output)
    assert _counts() == counts
    assert "History: organisations there already." in output.getvalue()


def test_business_ids_of_the_history_are_valid():
    from stdnum.fi import ytunnus

    ids = history_business_ids(70)
    assert len(set(ids)) == 70 and all(ytunnus.is_valid(value) for value in ids)
    assert business_id(1234567) == "1234567-1"


def test_seed_bench_metrics_makes_the_stated_size_once():
    from pilots.models import Proposal
    from portal.events.models import Registration
    from portal.metrics.models import PageViewDay
    from portal.notifications.models import OutboundEmail
    from suppliers.interests.models import TenderInterest
    from suppliers.models import Organisation

    def run():
        output = io.StringIO()
        call_command("seed_bench_metrics", "--organisations", "40", "--records", "2000",
                     "--tenders", "0", "--events", "3", "--calls", "2", stdout=output)
        return output.getvalue()

    assert "Created 40 organisations and 2000 engagement records" in run()
    bench = Organisation.objects.filter(contact_email__endswith="@metrics-bench.example")
    assert bench.count() == 40
    assert TenderInterest.objects.filter(organisation__in=bench).exists()
    assert Registration.objects.filter(organisation__in=bench).count() > 100
    assert OutboundEmail.objects.filter(to__endswith="@metrics-bench.example").count() == 400
    assert Proposal.objects.filter(organisation__in=bench).count() == 20
    assert 0 < PageViewDay.objects.count() <= 180
    # Dated over the last year.
    oldest = bench.order_by("created_at").first().created_at
    assert (timezone.now() - oldest).days > 200
    assert "there already" in run()
    assert bench.count() == 40
