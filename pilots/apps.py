from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = _("Pilot calls")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.pages.home_sections import register_provider

        from .home import open_calls

        register_provider("pilot_calls", open_calls)
