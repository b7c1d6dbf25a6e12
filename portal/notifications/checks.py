"""Deployment check: the ESP's tracking webhook must be protected by its shared secret."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def check_webhook_secret(app_configs, **kwargs):
    if not getattr(settings, "ANYMAIL_ESP", "") or \
            getattr(settings, "ANYMAIL", {}).get("WEBHOOK_SECRET"):
        return []
    return [Warning(
        "ANYMAIL_WEBHOOK_SECRET is not set: anyone could post delivery reports to "
        "/anymail/ and put addresses on the suppression list.",
        hint="Set ANYMAIL_WEBHOOK_SECRET to a random 'user:password' and give the ESP the "
             "webhook URL https://user:password@<host>/anymail/<esp>/tracking/.",
        id="notifications.W001",
    )]
