"""Turning published pages into SearchItems.

One builder per page type. Only live pages without view restrictions are searchable; index
pages (lists of other pages) and the home page are not items of their own. Builders read
relations through prefetches, so a batch of pages costs a fixed number of queries.
"""

import datetime
import html

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from pilots.models import PilotCallPage
from portal.events.models import EventPage
from portal.news.models import NewsArticlePage
from portal.pages.models import AccessibilityStatementPage, PrivacyNoticePage, StandardPage
from portal.tenders.models import Lot, TenderPage, sme_threshold

from .items import SearchItem


def _text(*parts):
    # Plain text: tags gone, entities decoded (the highlight escapes it again).
    return " ".join(" ".join(html.unescape(strip_tags(str(part))).split())
                    for part in parts if part)


def _stream_text(value):
    if not value:
        return ""
    return _text(*value.stream_block.get_searchable_content(value))


def _moment(day):
    if day is None:
        return None
    if isinstance(day, datetime.datetime):
        return day
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def _base(page, kind, **extra):
    return SearchItem(
        key=f"page:{page.pk}", kind=kind, language=page.locale.language_code,
        title=page.title, url=page.get_url() or "", summary=getattr(page, "intro", "") or "",
        **extra)


def tender_item(page):
    threshold = sme_threshold()
    lots = list(page.lots.all())
    item = _base(
        page, "tender",
        text=_text(page.reference, page.intro, _stream_text(page.body), page.sme_notes,
                   *(f"{lot.title} {lot.description} {lot.requirements}" for lot in lots)),
        date=_moment(page.planned_publication) or page.first_published_at,
        value=(page.value_max or page.value_min) if page.value_is_public else None)
    item.facets = {
        "kind": ["tender"],
        "service_areas": [term.code for term in page.service_areas.all()],
        "municipalities": [term.code for term in page.municipalities.all()],
        "contract_type": [page.contract_type.code] if page.contract_type_id else [],
        "status": [page.status],
        "sme_lots": ["yes" if any(lot.is_sme_sized(threshold) for lot in lots) else "no"],
        "languages": list(page.procurement_languages or []),
    }
    return item


def event_item(page):
    item = _base(page, "event",
                 text=_text(page.intro, _stream_text(page.body), page.venue_name, page.city),
                 date=page.start)
    item.facets = {"kind": ["event"], "languages": list(page.languages or []),
                   "status": ["cancelled"] if page.cancelled else []}
    return item


def pilot_call_item(page):
    item = _base(page, "pilot_call",
                 text=_text(page.theme, page.intro, _stream_text(page.background), page.goals,
                            page.eligibility, page.funding),
                 date=page.deadline)
    item.facets = {"kind": ["pilot_call"],
                   "service_areas": [term.code for term in page.service_areas.all()],
                   "municipalities": [term.code for term in page.municipalities.all()]}
    return item


def news_item(page):
    item = _base(page, "news", text=_text(page.intro, _stream_text(page.body)),
                 date=_moment(page.date))
    item.facets = {"kind": ["news"]}
    return item


def content_item(page):
    item = _base(page, "page", text=_text(page.intro, _stream_text(page.body)),
                 date=page.last_published_at)
    item.facets = {"kind": ["page"]}
    return item


def _builders():
    return {
        TenderPage: (tender_item, ["service_areas", "municipalities", Prefetch(
            "lots", queryset=Lot.objects.order_by("sort_order"))], ["contract_type"]),
        EventPage: (event_item, [], []),
        PilotCallPage: (pilot_call_item, ["service_areas", "municipalities"], []),
        NewsArticlePage: (news_item, [], []),
        StandardPage: (content_item, [], []),
        AccessibilityStatementPage: (content_item, [], []),
        PrivacyNoticePage: (content_item, [], []),
    }


def searchable_pages(model):
    _builder, prefetch, related = _builders()[model]
    return model.objects.live().public().select_related("locale", *related) \
        .prefetch_related(*prefetch).order_by("pk")


def searchable_models():
    return list(_builders())


def item_for_page(page):
    """The page's SearchItem, or None when it is not (or no longer) searchable."""
    page = page.specific if type(page) is Page else page
    builders = _builders()
    if type(page) not in builders:
        return None
    found = searchable_pages(type(page)).filter(pk=page.pk).first()
    return builders[type(page)][0](found) if found is not None else None


def iter_items(batch_size=500):
    """Every searchable item, a batch at a time: (model, [items])."""
    builders = _builders()
    for model in builders:
        pages = searchable_pages(model)
        ids = list(pages.values_list("pk", flat=True))
        for start in range(0, len(ids), batch_size):
            batch = pages.filter(pk__in=ids[start:start + batch_size])
            yield model, [builders[model][0](page) for page in batch]


def is_searchable_model(model):
    return model in _builders()
