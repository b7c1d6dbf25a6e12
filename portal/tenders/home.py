"""The home page's "upcoming tenders" section."""

from django.db.models import Q
from django.utils import timezone

from .enums import UPCOMING_STATES, TenderStatus
from .models import TenderIndexPage, TenderPage

UPCOMING_COUNT = 4


def upcoming_tenders(request, locale):
    tenders = (
        TenderPage.objects.live().public().filter(locale=locale, status__in=UPCOMING_STATES)
        # Open tenders were published already but still take tenders.
        .filter(Q(status=TenderStatus.OPEN)
                | Q(planned_publication__gte=timezone.localdate().replace(day=1)))
        .order_by("planned_publication", "pk")[:UPCOMING_COUNT]
    )
    index_page = TenderIndexPage.objects.live().public().filter(locale=locale).first()
    return tenders, index_page.get_url(request) if index_page else None
