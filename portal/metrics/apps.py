from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MetricsConfig(AppConfig):
    name = "portal.metrics"
    label = "metrics"
    verbose_name = _("Metrics")

    def ready(self):
        from suppliers import personal_data

        from . import frozen, sections, signals  # noqa: F401  (the indicators; sign-in activity)
        from .activity import export_sign_in_months
        from .registry import SECTIONS

        # Finished months from where they are kept, forgotten when their records change.
        frozen.install(SECTIONS.values())

        # The months a user signed in are theirs; the rows go with the account (CASCADE).
        personal_data.register("sign_in_months", export_sign_in_months)
