"""Alerts: alert subscriptions created and active."""

from collections import Counter

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from suppliers.alerts.models import AlertSubscription

from ..figures import Figure
from ..registry import Indicator, Section, Source
from ..segments import segment_sum


def collect_alerts(evaluation):
    segments = evaluation.segments
    rows = (AlertSubscription.objects.filter(created_at__lt=segments.last())
            .annotate(segment=segments.bucket("created_at"))
            .values_list("segment", "active").annotate(n=Count("pk")).order_by())
    counter = Counter({(segment, active): n for segment, active, n in rows})
    return [{
        "alerts_new": Figure(value=segment_sum(counter, segments.within(period))),
        "alerts_active": Figure(value=segment_sum(counter, segments.up_to_end(period),
                                                  lambda active: active)),
    } for period in segments.periods]


SECTION = Section("alerts", _("Alerts"), indicators=[
    Indicator(
        "alerts_new", _("New alerts"),
        _("Alert subscriptions created during the period.")),
    Indicator(
        "alerts_active", _("Active alerts"),
        _("Alert subscriptions created by the end of the period and active now (the portal "
          "does not keep when an alert was switched off).")),
], collectors=[collect_alerts], sources=[
    # Counted from the month it was created on, active or not as it is now.
    Source("alerts.AlertSubscription", lambda alert: alert.created_at,
           fields=("created_at", "active")),
])
