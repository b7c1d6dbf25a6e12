from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        from portal.notifications.domain import set_portal_names_source

        from . import checks, page_cache_signals, refusals, signals, task_signals  # noqa: F401  (registers them)
        from .models import OrganisationDetails

        # The outbox sits below core: it learns the portal's name in each language from here.
        set_portal_names_source(OrganisationDetails.portal_names)
