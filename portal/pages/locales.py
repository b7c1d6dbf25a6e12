"""The portal's content languages exist as Wagtail locales after every `migrate`.

Wagtail's own migration makes the default language's locale only; the Swedish and English
pages, and the language switch, need theirs. Run after each migration as Django makes
permissions, so a new installation and one that adds a language are both ready without a
step in the admin."""

from django.apps import apps as installed_apps
from django.conf import settings


def ensure_locales(using="default", apps=installed_apps, **kwargs):
    try:
        locale = apps.get_model("wagtailcore", "Locale")
    except LookupError:  # migrated back to before Wagtail's tables
        return
    for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale.objects.using(using).get_or_create(language_code=language)
