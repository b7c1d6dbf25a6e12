"""The portal's search: one service in front of Elasticsearch or the database."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from portal.core.health import register_check

        from . import indexing  # noqa: F401  (connects the signals that keep the index)
        from .health import search_engine_health

        register_check("search", search_engine_health)
