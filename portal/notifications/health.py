"""Health of the outbox, as /healthz reports it."""

from datetime import timedelta

from django.db import DatabaseError
from django.utils import timezone

from .enums import EmailStatus
from .models import OutboundEmail

# A due message still waiting after this long means nothing sends the queue.
STALE_EMAIL_AGE = timedelta(minutes=15)


def email_health():
    now = timezone.now()
    try:
        due = OutboundEmail.objects.due(now)
        oldest = due.order_by("next_attempt_at").values_list("next_attempt_at",
                                                             flat=True).first()
        report = {
            "status": "ok",
            "queued_due": due.count(),
            "failed_last_24h": OutboundEmail.objects.filter(
                status=EmailStatus.FAILED, last_attempt_at__gte=now - timedelta(days=1)).count(),
        }
    except DatabaseError:
        return {"status": "down"}
    report["oldest_due_seconds"] = int((now - oldest).total_seconds()) if oldest else 0
    if report["failed_last_24h"] or (oldest and now - oldest > STALE_EMAIL_AGE):
        report["status"] = "degraded"
    return report
