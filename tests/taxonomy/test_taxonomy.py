"""The shared taxonomy: one row per term with its names in three languages."""

import io

import pytest
from django.core.management import call_command
from django.utils import translation

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.taxonomy.terms import load_terms, read_terms

pytestmark = pytest.mark.django_db


def test_the_countys_fourteen_municipalities_in_finnish_and_swedish():
    finnish = dict(Municipality.objects.values_list("code", "name_fi"))
    swedish = dict(Municipality.objects.values_list("code", "name_sv"))
    assert len(finnish) == len(swedish) == 14
    assert finnish["598"] == "Pietarsaari" and swedish["598"] == "Jakobstad"
    assert finnish["905"] == "Vaasa" and swedish["905"] == "Vasa"
    assert finnish["288"] == "Kruunupyy" and swedish["288"] == "Kronoby"
    assert "Isokyrö" not in finnish.values()


def test_a_term_is_one_row_named_in_every_language():
    for model in (ServiceArea, Municipality, ContractType, CPVCode):
        terms = list(model.objects.all())
        assert terms
        assert len({term.code for term in terms}) == len(terms)
        for term in terms:
            assert term.name_fi and term.name_sv and term.name_en, term.code


def test_a_term_is_named_in_the_active_language_falling_back_to_finnish():
    vaasa = Municipality.objects.get(code="905")
    with translation.override("sv"):
        assert vaasa.name == str(vaasa) == "Vasa"
    with translation.override("fi"):
        assert vaasa.name == "Vaasa"
    vaasa.name_en = ""
    with translation.override("en"):
        assert vaasa.name == "Vaasa"
    area = ServiceArea.objects.exclude(description_sv="").first()
    with translation.override("sv"):
        assert area.description == area.description_sv


def test_contract_types_include_those_of_the_countys_plan():
    swedish = set(ContractType.objects.values_list("name_sv", flat=True))
    assert {"Betalningsförbindelse", "Ramavtal", "Dynamiskt inköpssystem", "Servicesedel",
            "Alliansmodell"} <= swedish


@pytest.mark.parametrize(
    ("code", "level", "parent"),
    [("85000000", 1, None), ("85300000", 2, "85000000"), ("85310000", 3, "85300000"),
     ("85311000", 4, "85310000"), ("85311100", 5, "85311000"), ("85312110", 6, "85312100")],
)
def test_cpv_hierarchy_is_read_from_the_digits(code, level, parent):
    cpv = CPVCode.objects.get(code=code)
    assert cpv.level == level
    assert cpv.parent_code == parent
    if parent:
        assert CPVCode.objects.filter(code=parent).exists()


def test_cpv_codes_carry_their_check_digit():
    cpv = CPVCode.objects.get(code="85311100")
    assert cpv.full_code == "85311100-3"
    assert str(cpv) == "85311100-3 Vanhusten sosiaalipalvelut"


def test_seeding_the_taxonomy_again_changes_nothing():
    before = {model: model.objects.count()
              for model in (ServiceArea, Municipality, ContractType, CPVCode)}
    output = io.StringIO()
    load_terms(output)
    assert "0 terms created" in output.getvalue()
    assert before == {model: model.objects.count() for model in before}


def test_a_term_code_is_unique():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Municipality.objects.create(code="905", name_fi="Vaasa 2", name_sv="Vasa 2",
                                    majority_language="fi")


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
    assert Municipality.objects.count() == len(content["municipalities"])
    assert Municipality.objects.get(code="905").name_sv == "Vasa"
    assert ServiceArea.objects.count() == len(content["service_areas"])
    terms = sum(len(content[kind]) for kind in
                ("service_areas", "municipalities", "cpv_codes"))
    assert f"Taxonomy: {terms} terms created." in output.getvalue()
