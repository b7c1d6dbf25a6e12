"""The metrics in the Wagtail admin: the "Metrics" menu item and dashboard, the follow-up
reports, an "Engagement" button on tender, event and pilot-call pages, a "Timeline" button on
supplier organisations, and the `view_metrics` permission in the group editor."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import ListingButton

from suppliers.models import Organisation

from .admin import dashboard, item, reports, timeline
from .admin.access import can_view_metrics

ENGAGEMENT = pgettext_lazy("engagement figures", "Engagement")


@hooks.register("register_admin_urls")
def register_metrics_admin_urls():
    month = "metrics/reports/<str:month>/"
    return [
        path("metrics/", dashboard.dashboard, name="metrics_dashboard"),
        path("metrics/reports/", reports.report_list, name="metrics_reports"),
        path(month, reports.report_detail, name="metrics_report"),
        path(f"{month}xlsx/", reports.report_xlsx, name="metrics_report_xlsx"),
        path(f"{month}csv/", reports.report_csv, name="metrics_report_csv"),
        path("metrics/<str:kind>/<int:page_id>/", item.item, name="metrics_item"),
        path("metrics/organisations/<int:organisation_id>/timeline/", timeline.timeline,
             name="metrics_organisation_timeline"),
    ]


class MetricsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_metrics(request.user)


@hooks.register("register_admin_menu_item")
def register_metrics_menu_item():
    return MetricsMenuItem(_("Metrics"), reverse("metrics_dashboard"), name="metrics",
                           icon_name="table", order=280)


@hooks.register("register_permissions")
def metrics_permissions():
    return Permission.objects.filter(content_type__app_label="metrics",
                                     codename="view_metrics")


def _kind(page):
    """"tender", "event" or "call" for the pages that have engagement figures, else None."""
    specific = page.specific_deferred
    for kind in item.KINDS:
        if isinstance(specific, item.page_model(kind)):
            return kind
    return None


@hooks.register("register_page_header_buttons")
def engagement_header_button(page, user, view_name=None, next_url=None):
    if can_view_metrics(user) and (kind := _kind(page)):
        yield Button(ENGAGEMENT, item.item_url(kind, page.pk), icon_name="table",
                     priority=40)


@hooks.register("register_page_listing_more_buttons")
def engagement_listing_button(page, user, next_url=None):
    if can_view_metrics(user) and (kind := _kind(page)):
        yield ListingButton(ENGAGEMENT, item.item_url(kind, page.pk),
                            icon_name="table", priority=40)


@hooks.register("register_organisation_header_buttons")
def timeline_header_button(organisation, user):
    """The organisation's timeline in its edit view (the hook is suppliers')."""
    if can_view_metrics(user):
        yield Button(_("Timeline"), timeline.timeline_url(organisation.pk),
                     icon_name="history", priority=40)


@hooks.register("register_snippet_listing_buttons")
def timeline_listing_button(snippet, user, next_url=None):
    if isinstance(snippet, Organisation) and can_view_metrics(user):
        yield ListingButton(_("Timeline"), timeline.timeline_url(snippet.pk),
                            icon_name="history", priority=40)
