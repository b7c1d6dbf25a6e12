"""The shared taxonomy: seeded in three languages, codes shared across translations."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.taxonomy.terms import load_terms, read_terms

pytestmark = pytest.mark.django_db


def test_the_countys_fourteen_municipalities_in_finnish_and_swedish():
    finnish = dict(Municipality.objects.filter(locale__language_code="fi")
                   .values_list("code", "name"))
    swedish = dict(Municipality.objects.filter(locale__language_code="sv")
                   .values_list("code", "name"))
    assert len(finnish) == len(swedish) == 14
    assert finnish["598"] == "Pietarsaari" and swedish["598"] == "Jakobstad"
    assert finnish["905"] == "Vaasa" and swedish["905"] == "Vasa"
    assert finnish["288"] == "Kruunupyy" and swedish["288"] == "Kronoby"
    assert "Isokyrö" not in finnish.values()


def test_translations_of_a_term_share_code_and_translation_key():
    for model in (ServiceArea, Municipality, ContractType, CPVCode):
        for term in model.objects.filter(locale__language_code="fi"):
            translations = model.objects.filter(translation_key=term.translation_key)
            assert {t.locale.language_code for t in translations} == {"fi", "sv", "en"}
            assert {t.code for t in translations} == {term.code}


def test_contract_types_include_those_of_the_countys_plan():
    swedish = set(ContractType.objects.filter(locale__language_code="sv")
                  .values_list("name", flat=True))
    assert {"Betalningsförbindelse", "Ramavtal", "Dynamiskt inköpssystem", "Servicesedel",
            "Alliansmodell"} <= swedish


@pytest.mark.parametrize(
    ("code", "level", "parent"),
    [("85000000", 1, None), ("85300000", 2, "85000000"), ("85310000", 3, "85300000"),
     ("85311000", 4, "85310000"), ("85311100", 5, "85311000"), ("85312110", 6, "85312100")],
)
def test_cpv_hierarchy_is_read_from_the_digits(code, level, parent):
    cpv = CPVCode.objects.get(code=code, locale__language_code="en")
    assert cpv.level == level
    assert cpv.parent_code == parent
    if parent:
        assert CPVCode.objects.filter(code=parent).exists()


def test_cpv_codes_carry_their_check_digit():
    cpv = CPVCode.objects.get(code="85311100", locale__language_code="fi")
    assert cpv.full_code == "85311100-3"
    assert str(cpv) == "85311100-3 Vanhusten sosiaalipalvelut"


def test_seeding_the_taxonomy_again_changes_nothing():
    before = {model: model.objects.count()
              for model in (ServiceArea, Municipality, ContractType, CPVCode)}
    output = io.StringIO()
    load_terms(output)
    assert "0 terms created" in output.getvalue()
    assert before == {model: model.objects.count() for model in before}


def test_a_term_code_is_unique_per_language():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Municipality.objects.create(code="905", name="Vaasa 2", majority_language="fi",
                                    locale=Locale.objects.get(language_code="fi"))


def test_every_term_of_the_reference_data_is_named_in_finnish_and_swedish():
    content = read_terms()
    for kind in ("service_areas", "contract_types", "municipalities", "cpv_codes"):
        assert content[kind], kind
        for term in content[kind]:
            assert term["name"]["fi"] and term["name"]["sv"], term["code"]
            if "description" in term:
                assert term["description"]["fi"] and term["description"]["sv"], term["code"]


def test_load_taxonomy_loads_the_reference_data_into_an_empty_portal():
    # (Contract types are kept: the session's tenders protect them.)
    for model in (ServiceArea, Municipality, CPVCode):
        model.objects.all().delete()
    output = io.StringIO()
    call_command("load_taxonomy", stdout=output)
    content = read_terms()
    assert Municipality.objects.filter(locale__language_code="sv").count() == \
        len(content["municipalities"])
    assert Municipality.objects.get(code="905", locale__language_code="sv").name == "Vasa"
    assert ServiceArea.objects.filter(locale__language_code="fi").count() == \
        len(content["service_areas"])
    terms = sum(len(content[kind]) for kind in
                ("service_areas", "municipalities", "cpv_codes"))
    assert f"Taxonomy: {3 * terms} terms created." in output.getvalue()
