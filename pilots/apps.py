from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = _("Pilot calls")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Imported here, not at the top: these modules import models, which cannot be
        # imported before the app registry is ready (apps.py is read while it fills).
        from portal.pages.home_sections import register_provider
        from suppliers import dashboard, personal_data

        from .dashboard import erase_proposals, export_proposals, my_proposals
        from .home import open_calls

        register_provider("pilot_calls", open_calls)
        dashboard.register_provider("proposals", my_proposals)
        # The organisation's proposals outlive a member's account, without the person.
        personal_data.register("pilot_proposals", export_proposals, erase_proposals)
