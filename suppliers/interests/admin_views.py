"""Staff's view of a tender's interests in the Wagtail admin, with its CSV/XLSX exports."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.core.exports import export_language
from portal.core.views import permission_denied
from portal.tenders.models import TenderPage

from .export import csv_response, xlsx_response
from .report import export_report, tender_report

PERMISSION = "interests.view_tenderinterest"


def can_view_interests(user):
    return user.has_perm(PERMISSION)


def staff_only(view):
    """403 without the permission. (A PermissionDenied raised in an admin view would be
    turned into a redirect to the dashboard, which says nothing to a CSV download.)"""

    @wraps(view)
    def wrapper(request, page_id):
        if not can_view_interests(request.user):
            return permission_denied(request, PermissionDenied(
                _("You do not have permission to see the interests in tenders.")))
        return view(request, get_object_or_404(TenderPage, pk=page_id))

    return wrapper


@staff_only
def tender_interests(request, tender):
    report = tender_report(tender)
    title = _("Interest")
    return TemplateResponse(request, "interests/admin/tender_interests.html", {
        "tender": tender, "report": report, "page_title": title,
        "header_title": f"{title}: {tender.title}", "page_subtitle": tender.title,
        "header_icon": "group",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_explore", args=[tender.get_parent().pk]),
             "label": tender.get_parent().title},
            {"url": reverse("wagtailadmin_pages:edit", args=[tender.pk]), "label": tender.title},
            {"url": "", "label": title},
        ],
    })


@staff_only
def tender_interests_csv(request, tender):
    return csv_response(export_report(tender), export_language(request))


@staff_only
def tender_interests_xlsx(request, tender):
    return xlsx_response(export_report(tender), export_language(request))
