from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TendersConfig(AppConfig):
    name = "portal.tenders"
    label = "tenders"
    verbose_name = _("Tenders")

    def ready(self):
        from portal.pages.home_sections import register_provider

        from . import signals  # noqa: F401  (publishing records the timeline)
        from .home import upcoming_tenders

        register_provider("tenders", upcoming_tenders)
