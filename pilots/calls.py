"""Finding a call from what proposals keep of it (its translation key), and the list of
calls in the reader's language."""

from django.conf import settings
from django.utils.translation import get_language

from .models import PilotCallIndexPage, PilotCallPage


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


def open_calls_url(request):
    """The list of pilot calls in the reader's language (else the default one), if any."""
    language = get_language()
    indexes = {index.locale.language_code: index for index in
               PilotCallIndexPage.objects.live().select_related("locale")
               .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})}
    index = indexes.get(language) or indexes.get(settings.LANGUAGE_CODE)
    return index.get_url(request) if index else None
