"""One tender's, event's or pilot call's own engagement figures in the Wagtail admin (the
"Engagement" button on its page): interest per lot and by size class, registrations and
attendance by size class, proposals by state, and views of the page by month. The figures
reuse the reports the staff screens already have (interests, registrations, proposals)."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from pilots.enums import ProposalStatus
from pilots.models import PilotCallPage, Proposal
from portal.events.enums import RegistrationStatus
from portal.events.models import EventPage, Registration
from portal.tenders.models import TenderPage
from suppliers.enums import SIZE_ORDER, SizeClass
from suppliers.interests.report import tender_report

from ..charts import Chart, Series, format_value
from ..models import PageViewDay
from ..periods import Period
from .access import metrics_view
from .dashboard import series_months
from .forms import today

NOT_DECLARED = ""


@dataclass
class Table:
    title: str
    columns: list  # header cells; the first names the row
    rows: list = field(default_factory=list)  # [label, value, value...]
    link: tuple | None = None  # (url, text) to the staff screen with the details

    def __post_init__(self):
        self.rows = [[str(row[0]), *[format_value(value) if isinstance(value, int) else value
                                for value in row[1:]]] for row in self.rows]


def size_labels():
    return [(size, SizeClass(size).label) for size in SIZE_ORDER] + \
        [(NOT_DECLARED, _("Size not declared"))]


def _size(organisation):
    return (organisation.size_class or NOT_DECLARED) if organisation else None


def page_views(page):
    """Views of the page in every language, by month for the last twelve months, and in all.
    Two queries."""
    months = series_months(Period.for_month(today()))
    rows = (PageViewDay.objects
            .filter(page__translation_key=page.translation_key, day__gte=months[0].start,
                    day__lt=months[-1].end)
            .annotate(month=TruncMonth("day")).values("month").annotate(views=Sum("views")))
    by_month = {row["month"].strftime("%Y-%m"): row["views"] for row in rows}
    total = PageViewDay.objects.filter(page__translation_key=page.translation_key) \
        .aggregate(total=Sum("views"))["total"] or 0
    chart = Chart(
        key="page-views", title=_("Views of the page by month"), months=months,
        series=[Series(_("Views"), [by_month.get(f"{month.start:%Y-%m}", 0)
                                    for month in months])],
        description=_("Views of the page in all its languages for each month from %(first)s "
                      "to %(last)s. The same figures are in the table next to the chart.")
        % {"first": months[0].label, "last": months[-1].label})
    return chart, total


# --- the three kinds of item ---------------------------------------------------------------

def tender_tables(tender):
    report = tender_report(tender)
    sizes = report.size_columns
    return [
        Table(_("Interest per lot and by size class"),
              [_("Lot"), _("Interested"), *[label for _v, label in sizes]],
              [[section.title, section.count, *section.size_counts]
               for section in report.all_sections],
              link=(reverse("interests_tender_report", args=[tender.pk]),
                    _("Who is interested"))),
        Table(_("Interest by type of organisation"),
              [_("Lot"), *[label for _v, label in report.type_columns]],
              [[section.title, *section.type_counts] for section in report.all_sections]),
    ], [(_("Organisations interested"), report.whole.count),
        (_("Lots without interest"), len(report.lots_without_interest)),
        (_("Interests withdrawn"), report.withdrawn)]


def event_tables(event):
    registrations = list(Registration.objects.of_event(event).select_related("organisation"))
    confirmed = [r for r in registrations if r.status == RegistrationStatus.CONFIRMED]
    by_status = Counter(r.status for r in registrations)
    registered = Counter(_size(r.organisation) for r in confirmed)
    attended = Counter(_size(r.organisation) for r in confirmed if r.attended)
    size_rows = [[label, registered[size], attended[size]] for size, label in size_labels()]
    size_rows.append([_("No organisation (guest)"), registered[None], attended[None]])
    return [
        Table(_("Registrations by status"), [_("Status"), _("Registrations")],
              [[status.label, by_status[status]] for status in RegistrationStatus],
              link=(reverse("events_registrations", args=[event.pk]), _("Registrations"))),
        Table(_("Participants by size class"),
              [_("Size class"), _("Registered"), _("Attended")], size_rows),
    ], [(_("Participants registered"), len(confirmed)),
        (_("Participants attended"), sum(1 for r in confirmed if r.attended)),
        (_("On the waiting list"), by_status[RegistrationStatus.WAITING])]


def call_tables(call):
    proposals = list(Proposal.objects.of_call(call).sent().select_related("organisation"))
    by_status = Counter(p.status for p in proposals)
    by_size = Counter(_size(p.organisation) for p in proposals)
    return [
        Table(_("Proposals by state"), [_("State"), _("Proposals")],
              [[status.label, by_status[status]] for status in ProposalStatus
               if status != ProposalStatus.DRAFT],
              link=(reverse("pilots_call_proposals", args=[call.pk]), _("Proposals"))),
        Table(_("Proposals by size class"), [_("Size class"), _("Proposals")],
              [[label, by_size[size]] for size, label in size_labels()]),
    ], [(_("Proposals submitted"), len(proposals)),
        (_("Organisations proposing"), len({p.organisation_id for p in proposals}))]


KINDS = {
    "tender": (TenderPage, tender_tables),
    "event": (EventPage, event_tables),
    "call": (PilotCallPage, call_tables),
}


def page_model(kind):
    return KINDS[kind][0]


def item_url(kind, page_id):
    """The drill-down address of a tender's, event's or call's engagement figures."""
    return reverse("metrics_item", args=[kind, page_id])


@metrics_view
def item(request, kind, page_id):
    if kind not in KINDS:
        raise Http404
    page = get_object_or_404(page_model(kind), pk=page_id)
    tables, key_figures = KINDS[kind][1](page)
    chart, views = page_views(page)
    key_figures.append((_("Views of the page, all time"), views))
    title = pgettext("engagement figures", "Engagement")
    return TemplateResponse(request, "metrics/admin/item.html", {
        "page_title": f"{title}: {page.title}", "header_title": f"{title}: {page.title}",
        "page_subtitle": page.title, "header_icon": "table",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
             "label": page.get_parent().title},
            {"url": reverse("wagtailadmin_pages:edit", args=[page.pk]), "label": page.title},
            # The header shows only the last crumb: it names the page as well.
            {"url": "", "label": f"{title}: {page.title}"}],
        "page": page, "tables": tables, "chart": chart,
        "key_figures": [(label, format_value(value)) for label, value in key_figures],
    })
