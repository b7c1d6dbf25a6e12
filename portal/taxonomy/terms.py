"""The county's taxonomy terms (data/terms.yaml) in Finnish, Swedish and English: service
areas, contract types, municipalities and CPV codes. Reference data rather than demo content:
`manage.py load_taxonomy` loads it into a production portal, the demo loads it too. Safe to run
again: existing terms are kept as staff may have edited them."""

from pathlib import Path

import yaml
from wagtail.models import Locale

from .models import ContractType, CPVCode, Municipality, ServiceArea

TERMS = Path(__file__).resolve().parent / "data" / "terms.yaml"
LANGUAGES = ("fi", "sv", "en")


def read_terms():
    with open(TERMS, encoding="utf-8") as file:
        return yaml.safe_load(file)


def _upsert_term(model, code, sort_order, values_by_language):
    """Create the term in each language, sharing one translation key; keep existing rows."""
    translation_key = None
    created = 0
    for language in LANGUAGES:
        locale, _new = Locale.objects.get_or_create(language_code=language)
        defaults = {"sort_order": sort_order, **values_by_language[language]}
        if translation_key:
            defaults["translation_key"] = translation_key
        term, was_created = model.objects.get_or_create(code=code, locale=locale,
                                                        defaults=defaults)
        translation_key = term.translation_key
        created += was_created
    return created


def load_terms(stdout):
    content = read_terms()
    created = 0
    for model, terms in ((ServiceArea, content["service_areas"]),
                         (ContractType, content["contract_types"])):
        for order, term in enumerate(terms):
            created += _upsert_term(model, term["code"], order, {
                language: {"name": term["name"][language],
                           "description": term["description"][language]}
                for language in LANGUAGES
            })
    for term in content["municipalities"]:
        # A municipality's English name is its name in its majority language.
        majority = term["majority_language"]
        names = {**term["name"], "en": term["name"][majority]}
        created += _upsert_term(Municipality, term["code"], 0, {
            language: {"name": names[language], "majority_language": majority}
            for language in LANGUAGES
        })
    for term in content["cpv_codes"]:
        created += _upsert_term(CPVCode, term["code"], 0, {
            language: {"name": term["name"][language], "check_digit": term["check_digit"]}
            for language in LANGUAGES
        })
    stdout.write(f"Taxonomy: {created} terms created.")
