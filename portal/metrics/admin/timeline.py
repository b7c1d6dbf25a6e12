"""An organisation's timeline in the Wagtail admin: registered, members joined, interests,
event registrations and attendance, proposals and their decisions, newest first."""

import datetime

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.core.dates import HELSINKI, format_date, format_moment
from suppliers.models import Organisation

from ..funnel import organisation_timeline
from .access import metrics_view


def timeline_url(organisation_id):
    return reverse("metrics_organisation_timeline", args=[organisation_id])


def _moment(when):
    """A timeline's time as an aware datetime (a bare date is its Helsinki midnight)."""
    if isinstance(when, datetime.datetime):
        return when
    return datetime.datetime.combine(when, datetime.time(), tzinfo=HELSINKI)


def _when_text(when):
    if isinstance(when, datetime.datetime):
        return format_moment(when, html=True)
    return format_date(when)


@metrics_view
def timeline(request, organisation_id):
    organisation = get_object_or_404(Organisation, pk=organisation_id)
    entries = [(entry, _moment(entry.when), _when_text(entry.when)) for entry in sorted(
        organisation_timeline(organisation), key=lambda entry: _moment(entry.when),
        reverse=True)]
    title = _("Timeline")
    return TemplateResponse(request, "metrics/admin/timeline.html", {
        "page_title": f"{title}: {organisation.name}",
        "header_title": f"{title}: {organisation.name}", "page_subtitle": organisation.name,
        "header_icon": "history",
        "breadcrumbs_items": [
            {"url": reverse("wagtailsnippets_suppliers_organisation:list"),
             "label": _("Supplier organisations")},
            {"url": reverse("wagtailsnippets_suppliers_organisation:edit",
                            args=[organisation.pk]), "label": organisation.name},
            # The header shows only the last crumb: it names the organisation as well.
            {"url": "", "label": f"{title}: {organisation.name}"}],
        "organisation": organisation, "entries": entries,
    })
