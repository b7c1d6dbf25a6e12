"""Publishing a tender dates its schedule changes on the public timeline; saving the calendar's
settings forgets the cached SME threshold."""

from django.core.cache import cache
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from .domain import record_publication
from .models import SME_THRESHOLD_KEY, TenderCalendarSettings, TenderPage


@receiver(page_published, sender=TenderPage)
def date_schedule_changes(sender, instance, **kwargs):
    record_publication(instance)


@receiver(post_save, sender=TenderCalendarSettings)
def forget_sme_threshold(sender, **kwargs):
    cache.delete(SME_THRESHOLD_KEY)
