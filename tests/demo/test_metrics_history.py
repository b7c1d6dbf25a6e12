"""seed_demo's year of history gives every month of the last twelve figures (once:
test_seed_demo.py)."""

import pytest
from django.utils import timezone

from portal.demo.loader.metrics import business_id, history_business_ids
from portal.metrics.periods import Period
from portal.metrics.registry import monthly_series

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("whole_demo")]

# Indicators the history fills in every month of the last twelve.
EVERY_MONTH = ["organisations_new", "active_supplier_users", "interests_new", "emails_sent",
               "emails_delivered", "tender_page_views"]


def last_twelve_months():
    months = [Period.last_full_month()]
    for _ in range(11):
        months.insert(0, months[0].previous())
    return months


def test_a_year_of_history():
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


def test_business_ids_of_the_history_are_valid():
    from stdnum.fi import ytunnus

    ids = history_business_ids(70)
    assert len(set(ids)) == 70 and all(ytunnus.is_valid(value) for value in ids)
    assert business_id(1234567) == "1234567-1"
