from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "portal.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from portal.pages.home_sections import register_provider

        from .home import coming_events

        register_provider("events", coming_events)
