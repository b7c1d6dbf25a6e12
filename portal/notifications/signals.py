"""anymail's tracking webhooks, recorded on the outbox."""

from anymail.signals import tracking
from django.dispatch import receiver

from .domain import record_delivery_report


@receiver(tracking, dispatch_uid="notifications.record_tracking_event")
def record_tracking_event(sender, event, esp_name, **kwargs):
    detail = " ".join(part for part in (esp_name, event.description, event.mta_response)
                      if part)
    record_delivery_report(event_type=event.event_type, message_id=event.message_id,
                           recipient=event.recipient, when=event.timestamp, detail=detail)
