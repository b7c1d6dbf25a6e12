"""E-mail: e-mails sent by the portal and delivered."""

from collections import Counter

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.notifications.enums import DeliveryStatus, EmailStatus
from portal.notifications.models import OutboundEmail

from ..figures import Figure, breakdown, choice_rows
from ..registry import Indicator, Section, Source
from ..segments import segment_sum

DELIVERED = {DeliveryStatus.DELIVERED, DeliveryStatus.COMPLAINED, DeliveryStatus.UNSUBSCRIBED}


def collect_emails(evaluation):
    segments, details = evaluation.segments, evaluation.details
    rows = (OutboundEmail.objects.filter(status=EmailStatus.SENT,
                                         sent_at__gte=segments.first(),
                                         sent_at__lt=segments.last())
            .annotate(segment=segments.bucket("sent_at"))
            .values_list("segment", "delivery_status").annotate(n=Count("pk")).order_by())
    counter = Counter({(segment, status): n for segment, status, n in rows})
    order = [status.value for status in DeliveryStatus]
    result = []
    for period in segments.periods:
        wanted = segments.within(period)
        sent = Figure(value=segment_sum(counter, wanted))
        if details:
            by_status = Counter()
            for (segment, status), n in counter.items():
                if segment in wanted:
                    by_status[status] += n
            sent.breakdowns = {"by_delivery": breakdown("by_delivery", choice_rows(
                "by_delivery", by_status, order))}
        result.append({
            "emails_sent": sent,
            "emails_delivered": Figure(value=segment_sum(
                counter, wanted, lambda status: status in DELIVERED)),
        })
    return result


SECTION = Section("email", _("E-mail"), indicators=[
    Indicator(
        "emails_sent", _("E-mails sent"),
        _("E-mails the portal handed to the e-mail service during the period.")),
    Indicator(
        "emails_delivered", _("E-mails delivered"),
        _("Of the e-mails sent during the period, those the e-mail service reported as "
          "delivered (including those later marked as spam or unsubscribed).")),
], collectors=[collect_emails], sources=[
    # Counted in the month it was sent, with its delivery report as it is now (reports come
    # in after the month has ended). Marking it sent (a QuerySet.update) dates it now.
    Source("notifications.OutboundEmail", lambda email: email.sent_at,
           fields=("status", "sent_at", "delivery_status")),
])
