"""Seeds the taxonomy in Finnish, Swedish and English; safe to run again."""

from wagtail.models import Locale

from .data import CONTRACT_TYPES, CPV_CODES, MUNICIPALITIES, SERVICE_AREAS
from .models import ContractType, CPVCode, Municipality, ServiceArea

LANGUAGES = ("fi", "sv", "en")


def _upsert_term(model, code, sort_order, values_by_language):
    """Create the term in each language, sharing one translation key; keep existing rows."""
    translation_key = None
    created = 0
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        defaults = {"sort_order": sort_order, **values_by_language[language]}
        if translation_key:
            defaults["translation_key"] = translation_key
        term, was_created = model.objects.get_or_create(code=code, locale=locale,
                                                        defaults=defaults)
        translation_key = term.translation_key
        created += was_created
    return created


def seed_taxonomy(stdout):
    created = 0
    for order, (code, texts) in enumerate(SERVICE_AREAS):
        created += _upsert_term(ServiceArea, code, order, {
            language: {"name": name, "description": description}
            for language, (name, description) in texts.items()
        })
    for order, (code, texts) in enumerate(CONTRACT_TYPES):
        created += _upsert_term(ContractType, code, order, {
            language: {"name": name, "description": description}
            for language, (name, description) in texts.items()
        })
    for code, majority, finnish, swedish in MUNICIPALITIES:
        english = finnish if majority == "fi" else swedish
        created += _upsert_term(Municipality, code, 0, {
            language: {"name": name, "majority_language": majority}
            for language, name in (("fi", finnish), ("sv", swedish), ("en", english))
        })
    for code, check_digit, finnish, swedish, english in CPV_CODES:
        created += _upsert_term(CPVCode, code, 0, {
            language: {"name": name, "check_digit": check_digit}
            for language, name in (("fi", finnish), ("sv", swedish), ("en", english))
        })
    stdout.write(f"Taxonomy: {created} terms created.")
