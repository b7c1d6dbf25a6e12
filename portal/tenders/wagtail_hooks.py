"""The tender calendar in the Wagtail admin: the change-status screen and its button."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import admin_views
from .models import TenderPage


@hooks.register("register_admin_urls")
def register_tender_admin_urls():
    return [path("tenders/<int:page_id>/status/", admin_views.change_status,
                 name="tenders_change_status")]


@hooks.register("register_page_header_buttons")
def change_status_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, TenderPage) and \
            page.permissions_for_user(user).can_publish():
        yield Button(_("Change status"), reverse("tenders_change_status", args=[page.pk]),
                     icon_name="calendar", priority=30)


@hooks.register("register_log_actions")
def register_tender_log_actions(actions):
    actions.register_action("tenders.change_status", _("Change tender status"),
                            _("Tender status changed"))
    actions.register_action("tenders.update_notice", _("Update contract notice link"),
                            _("Contract notice link updated"))


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_large_lots(request, page):
    """Saving or publishing goes back to the page list; say there which lots are too large."""
    if not isinstance(page.specific_deferred, TenderPage):
        return
    _threshold, large = page.specific.lots_above_sme_threshold()
    large = [lot for lot in large if not lot.sme_override]
    if large:
        messages.warning(request, _(
            "Lots above the SME threshold, not labelled SME-sized: %(lots)s. "
            "Consider splitting them by municipality or by service.")
            % {"lots": ", ".join(f"{lot.number}. {lot.title}" for lot in large)})
