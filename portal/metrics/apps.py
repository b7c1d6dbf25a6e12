from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MetricsConfig(AppConfig):
    name = "portal.metrics"
    label = "metrics"
    verbose_name = _("Metrics")

    def ready(self):
        from . import signals  # noqa: F401  (sign-in activity for the active-users indicator)
