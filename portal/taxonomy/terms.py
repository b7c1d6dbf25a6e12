"""The county's taxonomy terms (data/terms.yaml) in Finnish, Swedish and English: service
areas, contract types, municipalities and CPV codes. Reference data rather than demo content:
`manage.py load_taxonomy` loads it into a production portal, the demo loads it too. Safe to run
again: existing terms are kept as staff may have edited them."""

from pathlib import Path

import yaml

from .models import ContractType, CPVCode, Municipality, ServiceArea

TERMS = Path(__file__).resolve().parent / "data" / "terms.yaml"
LANGUAGES = ("fi", "sv", "en")


def read_terms():
    with open(TERMS, encoding="utf-8") as file:
        return yaml.safe_load(file)


def _in_languages(field, texts):
    return {f"{field}_{language}": texts[language] for language in LANGUAGES}


def _add_term(model, code, values):
    """Create the term unless it exists: staff may have edited it since."""
    _term, created = model.objects.get_or_create(code=code, defaults=values)
    return created


def load_terms(stdout):
    content = read_terms()
    created = 0
    for model, terms in ((ServiceArea, content["service_areas"]),
                         (ContractType, content["contract_types"])):
        for order, term in enumerate(terms):
            created += _add_term(model, term["code"], {
                "sort_order": order, **_in_languages("name", term["name"]),
                **_in_languages("description", term["description"])})
    for term in content["municipalities"]:
        # A municipality's English name is its name in its majority language.
        majority = term["majority_language"]
        names = {**term["name"], "en": term["name"][majority]}
        created += _add_term(Municipality, term["code"], {
            "majority_language": majority, **_in_languages("name", names)})
    for term in content["cpv_codes"]:
        created += _add_term(CPVCode, term["code"], {
            "check_digit": term["check_digit"], **_in_languages("name", term["name"])})
    stdout.write(f"Taxonomy: {created} terms created.")
