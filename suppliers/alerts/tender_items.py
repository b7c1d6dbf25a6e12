"""Tenders as alert items: what the matcher sees of a tender, and what changed in it."""

import hashlib
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch

from portal.tenders.enums import TimelineKind
from portal.tenders.models import Lot, TenderPage, TenderTimelineEntry
from portal.tenders.timeline import _text as describe_entry  # the public timeline's wording

from .enums import ChangeReason, ItemType
from .items import KINDS, AlertItem, Change, ItemKind, register_kind

# Where the tender page invites a provider to register interest.
INTEREST_ANCHOR = "#interest-title"


def _absolute(url):
    if url.startswith("/"):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url
    return url


def tender_item(tender_key):
    """The live, public tender with this translation key as an AlertItem, or None when it
    is not (or no longer) published."""
    pages = list(
        TenderPage.objects.filter(translation_key=tender_key).live().public()
        .select_related("locale", "contract_type")
        .prefetch_related("service_areas", "municipalities", "cpv_codes",
                          Prefetch("lots", queryset=Lot.objects.order_by("number")),
                          "lots__municipalities")
    )
    if not pages:
        return None
    by_language = {page.locale.language_code: page for page in pages}
    main = by_language.get(settings.LANGUAGE_CODE, pages[0])
    municipality_ids = {term.pk for term in main.municipalities.all()}
    for lot in main.lots.all():
        municipality_ids.update(term.pk for term in lot.municipalities.all())
    urls = {language: _absolute(page.get_url() or "") for language, page in by_language.items()}
    return AlertItem(
        item_type=ItemType.TENDER,
        key=str(tender_key),
        titles={language: page.title for language, page in by_language.items()},
        summaries={language: page.intro for language, page in by_language.items()
                   if page.intro},
        urls=urls,
        action_urls={language: url + INTEREST_ANCHOR for language, url in urls.items() if url},
        service_area_ids=frozenset(term.pk for term in main.service_areas.all()),
        municipality_ids=frozenset(municipality_ids),
        contract_type_ids=frozenset({main.contract_type_id}),
        cpv_codes=frozenset(term.code for term in main.cpv_codes.all()),
        texts=tuple(text for page in pages for text in (
            page.title, page.intro, *(lot.title for lot in page.lots.all())) if text),
    )


def _entry_detail(entry):
    return {"kind": entry.kind, "field": entry.field, "old": entry.old_value,
            "new": entry.new_value}


def tender_change(tender, *, first_publication=False, status=None, dates=(), notice_url=""):
    """The Change that tender_changed announces. Its key is made of the ids of the
    timeline entries the change dated, which no other change of the tender shares."""
    if first_publication:
        return Change(key="published", reason=str(ChangeReason.NEW),
                      detail={"entries": [{"kind": str(TimelineKind.PUBLISHED)}]})
    entries = []
    latest = TenderTimelineEntry.objects.filter(tender_key=tender.translation_key) \
        .order_by("-occurred_at", "-pk")
    if status:
        entries += latest.filter(kind=TimelineKind.STATUS)[:1]
    if notice_url:
        entries += latest.filter(kind=TimelineKind.NOTICE)[:1]
    entries += list(dates)
    reason = (ChangeReason.STATUS if status else ChangeReason.NOTICE if notice_url
              else ChangeReason.DATES)
    # bulk_create gives the date entries their ids on PostgreSQL and SQLite; the field and
    # time would do as well where a database does not.
    key = "entries:" + ",".join(
        str(entry.pk) if entry.pk else f"{entry.field}@{entry.occurred_at.isoformat()}"
        for entry in entries)
    if len(key) > 200:
        key = "entries-sha256:" + hashlib.sha256(key.encode()).hexdigest()
    detail = {"entries": [_entry_detail(entry) for entry in entries]}
    if notice_url:
        detail["notice_url"] = notice_url
    # Plain JSON: the change travels to the task as its arguments.
    return Change(key=key, reason=reason,
                  detail=json.loads(json.dumps(detail, cls=DjangoJSONEncoder)))


def describe_tender_change(detail):
    """The lines of an e-mail that say what changed, in the active language (the public
    timeline's wording)."""
    lines = [str(describe_entry(TenderTimelineEntry(
        kind=entry["kind"], field=entry.get("field") or "", old_value=entry.get("old") or "",
        new_value=entry.get("new") or ""))) for entry in detail.get("entries", [])]
    if detail.get("notice_url"):
        lines.append(detail["notice_url"])
    return lines


register_kind(ItemType.TENDER, ItemKind(
    new=KINDS[ItemType.TENDER].new, changed=KINDS[ItemType.TENDER].changed,
    action=KINDS[ItemType.TENDER].action, describe=describe_tender_change))
