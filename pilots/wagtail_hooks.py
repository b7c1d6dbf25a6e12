"""Pilot proposals in the Wagtail admin: audit-log actions and the pilot permissions in the
group editor."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, ListingButton

from .admin import actions as admin_actions
from .admin import decisions as admin_decisions
from .admin import follow_up as admin_follow_up
from .admin import reviews as admin_reviews
from .admin import views as admin_views
from .assignment import is_manager, is_reviewer
from .models import PilotCallPage


@hooks.register("register_permissions")
def pilot_permissions():
    return Permission.objects.filter(content_type__app_label="pilots",
                                     codename__in=["manage_proposals", "review_proposals"])


@hooks.register("register_log_actions")
def register_pilot_log_actions(actions):
    for action, label, message in [
        ("transition", _("Move a proposal"), _("Proposal moved")),
        ("release_decisions", _("Release decisions"), _("Decisions released")),
        ("assign", _("Assign a reviewer"), _("Reviewer assigned")),
        ("unassign", _("Remove a reviewer"), _("Reviewer removed")),
        ("no_conflict", _("Declare no conflict of interest"),
         _("No conflict of interest declared")),
        ("recuse", _("Recuse from a review"), _("Reviewer recused")),
        ("review", _("Submit a review"), _("Review submitted")),
    ]:
        actions.register_action(f"pilots.{action}", label, message)


# --- Staff's review screens: URLs, the "Proposals" button on call pages, the menu item ------

@hooks.register("register_admin_urls")
def register_pilot_admin_urls():
    call = "pilots/calls/<int:page_id>/"
    proposal = "pilots/proposals/<uuid:public_id>/"
    return [
        path("pilots/", admin_views.home, name="pilots_admin_home"),
        path(call, admin_views.call_proposals_view, name="pilots_call_proposals"),
        path(f"{call}ranking/", admin_views.ranking_view, name="pilots_ranking"),
        path(f"{call}ranking/csv/", admin_views.ranking_csv, name="pilots_ranking_csv"),
        path(f"{call}ranking/xlsx/", admin_views.ranking_xlsx, name="pilots_ranking_xlsx"),
        path(f"{call}assign/", admin_actions.assign_evenly, name="pilots_assign_evenly"),
        path(f"{call}release/", admin_decisions.release, name="pilots_release"),
        path(proposal, admin_views.proposal_view, name="pilots_proposal"),
        path(f"{proposal}attachments/<int:attachment_id>/", admin_views.attachment,
             name="pilots_attachment"),
        path(f"{proposal}move/<str:status>/", admin_actions.move, name="pilots_move"),
        path(f"{proposal}assign/", admin_actions.assign, name="pilots_assign"),
        path(f"{proposal}unassign/<int:assignment_id>/", admin_actions.unassign,
             name="pilots_unassign"),
        path(f"{proposal}decide/", admin_decisions.decide, name="pilots_decide"),
        path(f"{proposal}review/", admin_reviews.review, name="pilots_review"),
        path(f"{proposal}follow-up/", admin_follow_up.follow_up_view, name="pilots_follow_up"),
        path(f"{proposal}follow-up/milestones/<int:milestone_id>/",
             admin_follow_up.milestone_view, name="pilots_milestone"),
        path(f"{proposal}follow-up/milestones/<int:milestone_id>/done/",
             admin_follow_up.milestone_done, name="pilots_milestone_done"),
    ]


def _is_call(page):
    return isinstance(page.specific_deferred, PilotCallPage)


@hooks.register("register_page_header_buttons")
def proposals_header_button(page, user, view_name=None, next_url=None):
    if _is_call(page) and is_manager(user):
        yield Button(_("Proposals"), reverse("pilots_call_proposals", args=[page.pk]),
                     icon_name="clipboard-list", priority=35)


@hooks.register("register_page_listing_more_buttons")
def proposals_listing_button(page, user, next_url=None):
    if _is_call(page) and is_manager(user):
        yield ListingButton(_("Proposals"), reverse("pilots_call_proposals", args=[page.pk]),
                            icon_name="clipboard-list", priority=35)


class PilotReviewsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_manager(request.user) or is_reviewer(request.user)


@hooks.register("register_admin_menu_item")
def register_pilot_reviews_menu_item():
    return PilotReviewsMenuItem(_("Pilot reviews"), reverse("pilots_admin_home"),
                                icon_name="clipboard-list", order=270)


@hooks.register("register_log_actions")
def register_follow_up_log_actions(actions):
    actions.register_action("pilots.follow_up", _("Update a pilot's follow-up"),
                            _("Pilot follow-up updated"))
    actions.register_action("pilots.milestone", _("Update a pilot's milestone"),
                            _("Pilot milestone updated"))
