"""Procedures: every one maps to the OCDS method codelist, and the demo uses the chapter 12
national procedure for its social and health procurements."""

from collections import Counter

from django.utils import translation

from portal.demo.content import load
from portal.tenders.enums import OCDS_METHOD, Procedure

OCDS_METHODS = {"open", "selective", "limited", "direct"}  # codelist method.csv


def test_every_procedure_has_an_ocds_method_from_the_codelist():
    assert set(OCDS_METHOD) == set(Procedure)
    assert set(OCDS_METHOD.values()) <= OCDS_METHODS


def test_the_national_procedure_is_named_in_finnish_and_swedish():
    procedure = Procedure.NATIONAL_SOCIAL_HEALTH
    with translation.override("fi"):
        assert str(procedure.label) == ("Sosiaali- ja terveyspalvelujen ja muiden erityisten "
                                        "palveluhankintojen kansallinen menettely")
    with translation.override("sv"):
        assert str(procedure.label).startswith(
            "Nationellt förfarande för social- och hälsovårdstjänster")


def test_the_demo_uses_the_national_procedure_for_most_tenders_and_none_is_other():
    procedures = Counter(spec["procedure"] for spec in load("tenders")["tenders"])
    assert procedures[Procedure.NATIONAL_SOCIAL_HEALTH] > len(load("tenders")["tenders"]) / 2
    assert procedures[Procedure.OTHER] == 0
    voucher = next(spec for spec in load("tenders")["tenders"]
                   if spec["contract_type"] == "service-voucher")
    assert voucher["procedure"] == Procedure.SERVICE_VOUCHER_APPROVAL
