"""The calendar as CSV, with the list's filters applied, in the language of the calendar:
its tenders are that language's pages, and every term is named in it (marked where it has no
name in it, see portal.core.exports.in_language)."""

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.core.exports import csv_response as _csv_response
from portal.core.exports import in_language
from portal.taxonomy.labels import TAXONOMIES, labels_by_language

from .models import sme_threshold
from .presenters import describe


def export_labels(language):
    """{kind: {code: name}} for a file in `language`: a term that has no name in it is named
    in the default language and marked so ("Testikunta [fi]"), as every export does."""
    labels = labels_by_language()
    codes = {kind: {code for names in labels.values() for code in names.get(kind, {})}
             for kind in TAXONOMIES}
    return {kind: {code: in_language({other: names.get(kind, {}).get(code)
                                      for other, names in labels.items()}, language)
                   for code in codes[kind]}
            for kind in TAXONOMIES}


def _columns():
    return [
        (_("Reference"), lambda view, request: view.tender.reference),
        (_("Title"), lambda view, request: view.tender.title),
        (_("Status"), lambda view, request: view.status_label),
        (_("Service areas"), lambda view, request: "; ".join(view.service_areas)),
        (_("Municipalities"), lambda view, request: "; ".join(view.municipalities)),
        (_("Contract type"), lambda view, request: view.contract_type),
        (_("CPV codes"), lambda view, request: "; ".join(code for code, _n in view.cpv_codes)),
        (_("Estimated value, lower (EUR)"),
         lambda view, request: _public_amount(view.tender, view.tender.value_min)),
        (_("Estimated value, upper (EUR)"),
         lambda view, request: _public_amount(view.tender, view.tender.value_max)),
        (_("Planned publication"), lambda view, request: view.planned_publication),
        (_("Deadline for expressions of interest"),
         lambda view, request: _datetime(view.tender.interest_deadline)),
        (_("Tender deadline"), lambda view, request: _datetime(view.tender.tender_deadline)),
        (_("Lots"), lambda view, request: len(view.lots)),
        (_("SME-sized lots"), lambda view, request: view.sme_lot_count),
        (_("Contract notice"), lambda view, request: view.tender.notice_url),
        (_("Page"), lambda view, request: view.tender.get_full_url(request)),
    ]


def _public_amount(tender, amount):
    if amount is None or not tender.value_is_public:
        return ""
    return f"{amount:.0f}"


def _datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def csv_response(request, index, tenders):
    labels = export_labels(get_language())
    threshold = sme_threshold()
    columns = _columns()
    rows = ([value(view, request) for _title, value in columns]
            for view in (describe(tender, labels, threshold) for tender in tenders))
    return _csv_response(f"{index.slug}-{get_language()}.csv",
                         [title for title, _value in columns], rows)
