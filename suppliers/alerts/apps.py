from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "suppliers.alerts"
    label = "alerts"
    verbose_name = _("Alerts")

    def ready(self):
        from suppliers import dashboard, personal_data

        from . import signals  # noqa: F401  (connects to tender_changed)
        from .dashboard import my_alerts
        from .domain import delete_alerts, export_alerts

        dashboard.register_provider("alerts", my_alerts)
        personal_data.register("alerts", export_alerts, delete_alerts)
