"""Finding a call from what proposals keep of it: its translation key."""

from django.conf import settings

from .models import PilotCallPage


def call_in(call_key, language):
    """The call in a language (else in the default language, else any), as a PilotCallPage."""
    pages = {page.locale.language_code: page for page in
             PilotCallPage.objects.filter(translation_key=call_key).select_related("locale")}
    return pages.get(language) or pages.get(settings.LANGUAGE_CODE) or \
        next(iter(pages.values()), None)


def calls_by_key(call_keys, language):
    """{call_key: call page in the language}, in a fixed number of queries."""
    found = {}
    for page in PilotCallPage.objects.filter(translation_key__in=set(call_keys)) \
            .select_related("locale"):
        current = found.get(page.translation_key)
        if current is None or page.locale.language_code == language or (
                current.locale.language_code != language
                and page.locale.language_code == settings.LANGUAGE_CODE):
            found[page.translation_key] = page
    return found
