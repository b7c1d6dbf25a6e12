"""Publishing a tender dates its schedule changes on the public timeline."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .domain import record_publication, share_facts
from .models import TenderPage


@receiver(page_published, sender=TenderPage)
def date_schedule_changes(sender, instance, **kwargs):
    record_publication(instance)
    share_facts(instance)
