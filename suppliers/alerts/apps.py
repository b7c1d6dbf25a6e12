from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "suppliers.alerts"
    label = "alerts"
    verbose_name = _("Alerts")

    def ready(self):
        from . import signals  # noqa: F401  (connects to tender_changed)
