from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterestsConfig(AppConfig):
    name = "suppliers.interests"
    label = "interests"
    verbose_name = _("Interest in tenders")

    def ready(self):
        from suppliers import dashboard, personal_data

        from . import receivers  # noqa: F401  (followers hear of tender changes)
        from .dashboard import export_interests, followed_tenders

        dashboard.register_provider("tenders", followed_tenders)
        # registered_by is SET_NULL: the organisation's interests outlive the account.
        personal_data.register("interests", export_interests)
