"""Terms in the reader's alphabetical order, å, ä and ö last."""

import pytest
from django import forms
from django.utils import translation

from portal.taxonomy.models import Municipality
from portal.taxonomy.ordering import alphabetical
from portal.taxonomy.widgets import TermCheckboxes

pytestmark = pytest.mark.django_db


def test_nordic_letters_come_after_z_in_their_own_order():
    names = ["Övermark", "Åbo", "Zeta", "Ähtäri", "Vasa", "vörå"]
    assert sorted(names, key=alphabetical) == ["Vasa", "vörå", "Zeta", "Åbo", "Ähtäri",
                                               "Övermark"]


def test_the_swedish_organisation_form_lists_municipalities_in_swedish_order(
        client, django_user_model):
    user = django_user_model.objects.create_user("a@example.fi", "a@example.fi", "x" * 16)
    client.force_login(user)
    html = client.get("/sv/supplier/new/").content.decode()
    positions = [html.index(f"> {name}</label>") if f"> {name}</label>" in html
                 else html.index(name) for name in ("Jakobstad", "Korsholm", "Korsnäs", "Vörå")]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("language", "names"), [
    ("sv", ["Jakobstad", "Korsholm", "Korsnäs", "Kristinestad", "Vasa", "Vörå"]),
    ("fi", ["Korsnäs", "Kristiinankaupunki", "Mustasaari", "Pietarsaari", "Vaasa", "Vöyri"]),
])
def test_the_editors_term_checkboxes_read_in_the_editors_alphabetical_order(language, names):
    with translation.override(language):
        field = forms.ModelMultipleChoiceField(Municipality.objects.all(),
                                               widget=TermCheckboxes)
        html = field.widget.render("municipalities", [], attrs={"id": "m"})
    positions = [html.index(f"> {name}</label>") if f"> {name}</label>" in html
                 else html.index(f"{name}</label>") for name in names]
    assert positions == sorted(positions)
    assert html.count('type="checkbox"') == Municipality.objects.count()
