"""Pilot proposals in the Wagtail admin: audit-log actions and the pilot permissions in the
group editor."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


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
