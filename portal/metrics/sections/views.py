"""Page views: views of the public tender pages."""

from collections import Counter

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from portal.tenders.models import TenderPage

from ..figures import Figure, breakdown
from ..models import PageViewDay
from ..pages import first_publication, tender_pages
from ..registry import Indicator, Section, Source
from ..segments import segment_sum


def collect_page_views(evaluation):
    segments, details = evaluation.segments, evaluation.details
    tenders = evaluation.shared(tender_pages)
    rows = (PageViewDay.objects.filter(page__in=TenderPage.objects.values("pk"),
                                       day__gte=segments.first(dates=True),
                                       day__lt=segments.last(dates=True))
            .annotate(segment=segments.bucket("day", dates=True))
            .values_list("segment", "page_id").annotate(n=Sum("views")).order_by())
    counter = Counter()
    for segment, page_id, n in rows:
        counter[(segment, tenders.key_of_page.get(page_id, page_id))] += n
    result = []
    for period in segments.periods:
        wanted = segments.within(period)
        figure = Figure(value=segment_sum(counter, wanted))
        if details:
            per_tender = Counter()
            for (segment, key), n in counter.items():
                if segment in wanted:
                    per_tender[key] += n
            figure.breakdowns = {"per_tender": breakdown("per_tender", tenders.rows(per_tender))}
        result.append({"tender_page_views": figure})
    return result


SECTION = Section("views", _("Page views"), indicators=[
    Indicator(
        "tender_page_views", _("Views of tender pages"),
        _("Views of the public tender pages in all languages, counted without cookies or "
          "personal data; bots, staff and previews are not counted.")),
], collectors=[collect_page_views], sources=[
    # flush_page_views adds to a day's row past the signals, and says so itself.
    Source("metrics.PageViewDay", lambda row: row.day),
    # A tender's titles as they are now (its rows go with it when it is deleted).
    Source("tenders.TenderPage", lambda tender: first_publication(tender.translation_key),
           fields=("title", "live", "first_published_at", "translation_key")),
])
