"""Views of the tender calendar: the list, the calendar by month or quarter, feeds, exports."""

import datetime
import hashlib

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail.models import Site

from portal.core.filters import active_filter_count
from portal.core.fragments import cached_many, cached_value, template_context
from portal.taxonomy.labels import taxonomy_labels

from .enums import DatePrecision
from .export import csv_response
from .feeds import TenderAtomFeed, TenderRssFeed
from .ical import milestones_response
from .listing import TenderFilter, with_relations
from .models import TenderPage, sme_threshold
from .presenters import describe

TENDERS_PER_PAGE = 20
CARD_TEMPLATE = "tenders/includes/tender_card.html"


class KeptCountPaginator(Paginator):
    """A paginator whose count comes from `count_of()` (kept in the fragment cache), so that
    paging a long list does not count every matching tender on every request."""

    def __init__(self, object_list, per_page, count_of):
        super().__init__(object_list, per_page)
        self._count_of = count_of

    @cached_property
    def count(self):
        return self._count_of()


def _filtered(request, index):
    """(the filter, its tenders), or (the filter, None) when the filters need correcting."""
    tender_filter = TenderFilter(request.GET or None, queryset=index.tenders(),
                                 language=get_language())
    if request.GET and not tender_filter.is_valid():
        return tender_filter, None
    return tender_filter, tender_filter.qs



def _filter_count(request, tender_filter):
    return active_filter_count(request.GET, set(tender_filter.form.fields) - {"sort"})


def tender_list(request, index):
    tender_filter, tenders = _filtered(request, index)
    if tenders is None:
        # The form shows what to correct, with what was entered; no list until then.
        return TemplateResponse(request, index.template, {
            **index.get_context(request), **template_context(), "filter": tender_filter,
            "filters_invalid": True, "cards": [], "result_count": 0, "is_filtered": True,
            "filter_count": _filter_count(request, tender_filter),
        })
    language = get_language()
    # The filters and the sort run on the tenders' ids alone: sorting thousands of narrow
    # rows is cheap where sorting whole pages is not. Only the cards shown are read whole,
    # and only those not kept from an earlier request (portal/core/fragments.py).
    filters = _filters_key(request, index)
    paginator = KeptCountPaginator(
        tenders.values_list("pk", flat=True), TENDERS_PER_PAGE,
        count_of=lambda: cached_value("tender-count", language, filters, tenders.count))
    page = paginator.get_page(request.GET.get("page"))
    site = Site.find_for_request(request)
    cards = cached_many(f"tender-card-{site.pk if site else 0}", language,
                        list(page.object_list), lambda ids: _cards(request, ids))
    return TemplateResponse(request, index.template, {
        **index.get_context(request),
        **template_context(),
        "filter": tender_filter,
        "cards": cards,
        "page_obj": page,
        "result_count": paginator.count,
        "is_filtered": bool(set(request.GET) - {"page", "sort"}),
        "filter_count": _filter_count(request, tender_filter),
    })


def _filters_key(request, index):
    """The calendar and its filters, whatever their order in the query string."""
    chosen = sorted((name, value) for name, values in request.GET.lists()
                    if name not in {"page", "sort"} for value in values)
    return f"{index.pk}-" + hashlib.sha256(repr(chosen).encode()).hexdigest()


def _cards(request, ids):
    """{id: the tender's card}, read and rendered in a fixed number of queries."""
    labels = taxonomy_labels(get_language())
    threshold = sme_threshold()
    return {
        tender.pk: render_to_string(CARD_TEMPLATE,
                                    {"view": describe(tender, labels, threshold, request)})
        for tender in with_relations(TenderPage.objects.filter(pk__in=ids))
    }


def _quarter_start(date):
    return datetime.date(date.year, 3 * ((date.month - 1) // 3) + 1, 1)


def calendar_view(request, index):
    """Tenders grouped by the month or quarter of their planned publication."""
    by = "quarter" if request.GET.get("by") == "quarter" else "month"
    # Late in the year, the coming year is the one providers plan for.
    default_year = (timezone.localdate() + datetime.timedelta(days=60)).year
    try:
        year = int(request.GET.get("year", default_year))
    except ValueError:
        raise Http404 from None
    if not 2000 <= year <= 2100:
        raise Http404
    tenders = with_relations(
        index.tenders().filter(planned_publication__year=year)
        .order_by("planned_publication", "pk")
    )
    labels = taxonomy_labels(get_language())
    threshold = sme_threshold()
    groups = {}
    for tender in tenders:
        precision = tender.planned_publication_precision
        if by == "quarter" or precision == DatePrecision.QUARTER:
            key = ("quarter", _quarter_start(tender.planned_publication))
        else:
            key = ("month", tender.planned_publication.replace(day=1))
        groups.setdefault(key, []).append(describe(tender, labels, threshold))
    if by == "quarter":
        periods = [("quarter", datetime.date(year, month, 1)) for month in (1, 4, 7, 10)]
    else:
        periods = [("month", datetime.date(year, month, 1)) for month in range(1, 13)]
        # A tender known only by quarter is shown once, at the start of its quarter.
        periods = sorted(set(periods) | {key for key in groups if key[0] == "quarter"},
                         key=lambda key: (key[1], key[0] == "month"))
    return TemplateResponse(request, "tenders/calendar_view.html", {
        **index.get_context(request),
        "by": by,
        "year": year,
        "years": (year - 1, year + 1),
        "periods": [{"kind": kind, "start": start, "quarter": (start.month - 1) // 3 + 1,
                     "tenders": groups.get((kind, start), [])} for kind, start in periods],
    })


def rss_feed(request, index):
    return TenderRssFeed(index)(request)


def atom_feed(request, index):
    return TenderAtomFeed(index)(request)


def milestones_ics(request, index):
    return milestones_response(request, index)


def calendar_csv(request, index):
    tender_filter, tenders = _filtered(request, index)
    if tenders is None:
        errors = "; ".join(str(error) for errors in tender_filter.form.errors.values()
                           for error in errors)
        return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
    return csv_response(request, index, with_relations(tenders, cpv=True))
