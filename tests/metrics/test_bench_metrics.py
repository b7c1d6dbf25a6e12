"""seed_bench_metrics (tests/benchmarks) builds its data set at a stated size, once."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.factories import TenderPageFactory

pytestmark = pytest.mark.django_db


def test_seed_bench_metrics_makes_the_stated_size_once():
    from pilots.models import Proposal
    from portal.events.models import Registration
    from portal.metrics.models import PageViewDay
    from portal.notifications.models import OutboundEmail
    from suppliers.interests.models import TenderInterest
    from suppliers.models import Organisation

    # The calendar's tenders, which the organisations register interest in (--tenders 0).
    TenderPageFactory.create_batch(3, lots=[{"title": "Pohjoinen"}, {"title": "Etelä"}])

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
