"""Choices for code lists, read when a form is built."""

from django.conf import settings
from django.utils.translation import get_language

from portal.taxonomy.models import Municipality, ServiceArea
from portal.taxonomy.ordering import alphabetical


def _term_choices(model):
    """(code, name) in the active language, falling back to the first name found."""
    language = get_language() or settings.LANGUAGE_CODE
    names = {}
    for number, name, code in model.objects.values_list("code", "name", "locale__language_code"):
        if code == language or number not in names:
            names[number] = name
    return sorted(names.items(), key=lambda item: alphabetical(item[1]))


def municipality_choices():
    """(number, name) in the editor's language, falling back to Finnish names."""
    return _term_choices(Municipality)


def service_area_choices():
    return _term_choices(ServiceArea)


def language_choices():
    return list(settings.LANGUAGES)
