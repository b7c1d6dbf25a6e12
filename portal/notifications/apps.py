from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "portal.notifications"
    label = "notifications"
    verbose_name = _("E-mail")

    def ready(self):
        from . import checks, signals  # noqa: F401  (deploy check; anymail's tracking events)
