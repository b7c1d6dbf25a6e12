"""A tender and its lots translated with wagtail-localize, as staff do in the admin."""

from decimal import Decimal

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from portal.tenders.domain import change_status
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db

SWEDISH = {
    "Kotihoidon ateriapalvelut": "Måltidstjänster inom hemvården",
    "Ateriat kotiin kuudessa kunnassa.": "Måltider hem i sex kommuner.",
    "Vaasa ja Mustasaari": "Vasa och Korsholm",
    "Päivittäinen ateriatoimitus.": "Daglig måltidsleverans.",
}


def test_a_tender_and_its_lots_are_served_in_swedish(client, django_capture_on_commit_callbacks):
    tender = make_tender(
        title="Kotihoidon ateriapalvelut", slug="kotihoidon-ateriapalvelut",
        intro="Ateriat kotiin kuudessa kunnassa.", municipalities=("905", "499"),
        lots=[{"number": 1, "title": "Vaasa ja Mustasaari",
               "description": "Päivittäinen ateriatoimitus.",
               "estimated_value": Decimal("400000"), "annual_value": Decimal("100000"),
               "municipalities": ["905", "499"]}],
    )
    swedish = Locale.objects.get(language_code="sv")
    source, _created = TranslationSource.get_or_create_from_instance(tender)
    translation = Translation.objects.create(source=source, target_locale=swedish)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = ("maltidstjanster-inom-hemvarden" if entry.msgctxt == "slug"
                        else SWEDISH.get(entry.msgid, entry.msgid))
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    swedish_tender = tender.get_translation(swedish)
    # Both languages point at the one row of the shared contract type.
    assert swedish_tender.contract_type_id == tender.contract_type_id
    assert swedish_tender.reference == tender.reference
    assert [sorted(term.code for term in lot.municipalities.all())
            for lot in swedish_tender.lots.all()] == [["499", "905"]]
    html = client.get(swedish_tender.url).content.decode()
    for text in SWEDISH.values():
        assert text in html
    assert "Vasa, Korsholm" in html or "Korsholm, Vasa" in html  # Swedish names

    # The status is shared: a change made on the Finnish page shows on the Swedish one.
    change_status(tender, "market_dialogue")
    assert "Marknadsdialog" in client.get(swedish_tender.url).content.decode()
