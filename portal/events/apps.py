from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "portal.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from portal.pages.home_sections import register_provider
        from suppliers import dashboard, personal_data

        from . import signals  # noqa: F401  (publishing announces changes to registrants)
        from .dashboard import erase_registrations, export_registrations, my_registrations
        from .home import coming_events

        register_provider("events", coming_events)
        dashboard.register_provider("events", my_registrations)
        # Coming registrations are cancelled and all are anonymised when the account goes.
        personal_data.register("event_registrations", export_registrations,
                               erase_registrations)
