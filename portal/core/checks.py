"""System checks of the production set-up that Django's own `check --deploy` does not know."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def rate_limits_share_one_cache(app_configs, **kwargs):
    """allauth counts sign-in and sign-up attempts in the default cache: in a cache of each
    worker process, an attacker gets the limit once per worker."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in PER_PROCESS_CACHES:
        return [Warning(
            "The default cache is not shared between processes, so the sign-in and sign-up "
            "rate limits count per process.",
            hint="Set REDIS_URL to a Redis shared by every web worker.",
            id="portal.W001")]
    return []
