"""Publishing an event page tells its registrants of a changed time, format or place."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .domain import announce_changes
from .models import EventPage


@receiver(page_published, sender=EventPage)
def announce_changes_on_publish(sender, instance, **kwargs):
    announce_changes(instance)
