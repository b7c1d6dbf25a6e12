from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal")

    def ready(self):
        from . import checks, page_cache_signals, refusals, signals, task_signals  # noqa: F401  (registers them)
