"""Lots: unique numbers, values consistent with the tender's, and the SME rule."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.taxonomy.models import ContractType, Municipality
from portal.tenders.forms import lot_problems
from portal.tenders.models import Lot, TenderCalendarSettings, TenderPage
from tests.factories import terms
from tests.tenders.helpers import make_tender, term

pytestmark = pytest.mark.django_db

M = Decimal("1000000")


def lot(number, value=None, annual=None):
    return {"number": number, "estimated_value": value, "annual_value": annual}


def test_lot_numbers_must_be_unique():
    with translation.override("en"):
        problems = lot_problems(None, None, [lot(1), lot(2), lot(1)])
    assert problems == [(2, "number", "Lot number 1 is used twice.")]
    with translation.override("sv"):
        (_position, _field, message), = lot_problems(None, None, [lot(1), lot(1)])
    assert "1" in message and message != "Lot number 1 is used twice."


def test_lots_adding_up_to_the_tender_value_are_fine():
    assert lot_problems(M, None, [lot(1, M / 2), lot(2, M / 2)]) == []
    assert lot_problems(M, 2 * M, [lot(1, M), lot(2, M / 2)]) == []


def test_lots_adding_up_to_more_than_the_tender_are_refused():
    problems = lot_problems(M, None, [lot(1, M), lot(2, M / 2)])
    assert [(position, field) for position, field, _message in problems] == [
        (None, "value_min")]
    assert "1 500 000" in problems[0][2]


def test_a_lot_worth_more_than_the_whole_tender_is_refused():
    problems = lot_problems(M, None, [lot(1, 2 * M)])
    assert (0, "estimated_value") in [(p, f) for p, f, _m in problems]


def test_rounded_estimates_are_tolerated():
    assert lot_problems(M, None, [lot(1, Decimal("333334")), lot(2, Decimal("333333")),
                                  lot(3, Decimal("333334"))]) == []


def test_lots_without_values_are_not_summed():
    assert lot_problems(M, None, [lot(1, M), lot(2)]) == []


def test_the_sme_label_follows_the_threshold():
    threshold = Decimal("750000")
    assert Lot(annual_value=threshold).is_sme_sized(threshold)
    assert not Lot(annual_value=threshold + 1).is_sme_sized(threshold)
    assert not Lot(annual_value=None).is_sme_sized(threshold)
    assert Lot(annual_value=threshold + 1, sme_override=True,
               sme_override_reason="Konsortiot").is_sme_sized(threshold)


def test_the_threshold_is_a_setting_staff_can_change():
    tender = make_tender(lots=[{"number": 1, "title": "Osa", "annual_value": Decimal("500000"),
                                "estimated_value": Decimal("1000000")}])
    settings = TenderCalendarSettings.load()
    settings.sme_lot_threshold = Decimal("400000")
    settings.save()
    from portal.tenders.models import sme_threshold

    assert not tender.lot_list[0].is_sme_sized(sme_threshold())


def test_an_override_needs_a_reason():
    with pytest.raises(ValidationError) as error:
        Lot(number=1, title="Iso osa", annual_value=Decimal("900000"), sme_override=True,
            sme_override_reason=" ").clean()
    assert "sme_override_reason" in error.value.message_dict


def test_annual_value_cannot_exceed_the_total():
    with pytest.raises(ValidationError) as error:
        Lot(number=1, title="Osa", estimated_value=Decimal("100"),
            annual_value=Decimal("200")).clean()
    assert "annual_value" in error.value.message_dict


def _edit_form_data(tender, lots):
    data = nested_form_data({
        "title": tender.title, "slug": tender.slug, "reference": tender.reference,
        "intro": tender.intro, "body": streamfield([]),
        "contract_type": tender.contract_type_id, "procedure": tender.procedure,
        "value_min": "1000000", "value_max": "", "value_is_public": "on",
        "planned_publication": tender.planned_publication.isoformat(),
        "planned_publication_precision": "day",
        "sme_notes": rich_text(""), "status_note": "",
        "lots": inline_formset(lots),
    })
    # Multiple-choice fields post one value per choice; nested_form_data would number them.
    data["service_areas"] = [t.pk for t in tender.service_areas.all()]
    data["municipalities"] = [t.pk for t in tender.municipalities.all()]
    data["cpv_codes"] = [t.pk for t in tender.cpv_codes.all()]
    data["procurement_languages"] = ["fi"]
    for position, lot in enumerate(lots):
        data[f"lots-{position}-municipalities"] = [
            term.pk for term in terms(Municipality, lot["municipalities"])]
    return data


def test_the_editor_refuses_duplicate_lot_numbers_with_a_clear_message(admin_client):
    tender = make_tender()
    lots = [{"number": 1, "title": "Vaasa", "estimated_value": "500000", "annual_value": "",
             "municipalities": ["905"], "description": "", "requirements": "",
             "volume_quantity": "", "volume_unit": "", "sme_override_reason": ""},
            {"number": 1, "title": "Mustasaari", "estimated_value": "500000",
             "annual_value": "", "municipalities": ["499"], "description": "",
             "requirements": "", "volume_quantity": "", "volume_unit": "",
             "sme_override_reason": ""}]
    response = admin_client.post(f"/admin/pages/{tender.pk}/edit/",
                                 _edit_form_data(tender, lots))
    assert response.status_code == 200
    with translation.override("fi"):  # the admin speaks the staff member's language
        expected = gettext("Lot number %(number)s is used twice.") % {"number": 1}
    assert expected in response.content.decode()
    assert TenderPage.objects.get(pk=tender.pk).lots.count() == 0


def test_the_editor_saves_valid_lots(admin_client):
    tender = make_tender()
    lots = [{"number": n, "title": f"Osa {n}", "estimated_value": "500000",
             "annual_value": "125000", "municipalities": ["905"], "description": "",
             "requirements": "", "volume_quantity": "30", "volume_unit": "places",
             "sme_override_reason": ""} for n in (1, 2)]
    response = admin_client.post(f"/admin/pages/{tender.pk}/edit/",
                                 _edit_form_data(tender, lots))
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = TenderPage.objects.get(pk=tender.pk).get_latest_revision_as_object()
    assert [[term.code for term in lot.municipalities.all()] for lot in saved.lots.all()] \
        == [["905"], ["905"]]
    # Published, the lots keep them.
    saved.save_revision().publish()
    assert [[term.code for term in lot.municipalities.all()]
            for lot in TenderPage.objects.get(pk=tender.pk).lots.all()] == [["905"], ["905"]]


def test_the_editor_warns_about_a_lot_above_the_sme_threshold(admin_client):
    tender = make_tender(lots=[{"number": 1, "title": "Koko alue",
                                "estimated_value": Decimal("1000000"),
                                "annual_value": Decimal("900000")}])
    html = admin_client.get(f"/admin/pages/{tender.pk}/edit/",
                            HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "above the SME threshold" in html
    assert "splitting them, for example by municipality or by service" in html
    assert "Koko alue" in html


def test_lot_municipalities_offer_the_countys_municipalities():
    field = Lot._meta.get_field("municipalities").formfield()
    codes = {term.code for term in field.queryset}
    assert len(codes) == 14 and "598" in codes


def test_a_tender_refuses_an_upper_value_below_the_lower():
    tender = TenderPage(title="x", reference="x", value_min=M, value_max=M / 2,
                        contract_type=term(ContractType, "framework-agreement"))
    with pytest.raises(ValidationError) as error:
        tender.clean()
    assert "value_max" in error.value.message_dict


def test_the_editor_offers_each_term_once(admin_client):
    tender = make_tender()
    form = admin_client.get(f"/admin/pages/{tender.pk}/edit/").context["form"]
    assert form.fields["municipalities"].queryset.count() == 14
    codes = [term.code for term in form.fields["contract_type"].queryset]
    assert len(codes) == len(set(codes)) == ContractType.objects.count()
