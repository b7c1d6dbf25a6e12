from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterestsConfig(AppConfig):
    name = "suppliers.interests"
    label = "interests"
    verbose_name = _("Interest in tenders")

    def ready(self):
        from . import receivers  # noqa: F401  (followers hear of tender changes)
