"""The audit log's names for what happens to alerts."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_alert_log_actions(actions):
    for action, label, message in [
        ("create", _("Create alert"), _("Alert created")),
        ("edit", _("Edit alert"), _("Alert changed")),
        ("pause", _("Pause alert"), _("Alert paused")),
        ("resume", _("Resume alert"), _("Alert resumed")),
        ("delete", _("Delete alert"), _("Alert deleted")),
        ("unsubscribe", _("Unsubscribe from alert"), _("Alert stopped by its unsubscribe link")),
    ]:
        actions.register_action(f"alerts.{action}", label, message)
