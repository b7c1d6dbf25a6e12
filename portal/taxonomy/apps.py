from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    name = "portal.taxonomy"
    label = "taxonomy"
    verbose_name = _("Taxonomy")

    def ready(self):
        # The label cache forgets a term that is saved or deleted (receivers in labels.py).
        from . import labels  # noqa: F401
