"""Factories of the interest tests: a tender with lots, a supplier member acting for an
organisation."""

from decimal import Decimal

import pytest
from wagtail.models import Locale

from portal.tenders.models import TenderPage
from tests.tenders.helpers import make_tender

LOTS = [
    {"number": 1, "title": "Vaasa ja Mustasaari", "annual_value": Decimal("100000"),
     "estimated_value": Decimal("400000"), "municipalities": ["905", "499"]},
    {"number": 2, "title": "Pietarsaari", "annual_value": Decimal("900000"),
     "estimated_value": Decimal("3600000"), "municipalities": ["598"]},
    {"number": 3, "title": "Närpiö", "annual_value": Decimal("50000"),
     "estimated_value": Decimal("200000"), "municipalities": ["545"]},
]


@pytest.fixture
def tender(db):
    return make_tender(title="Kotihoidon tukipalvelut", lots=LOTS)


def lots_of(tender):
    return {lot.number: lot for lot in tender.lots.all()}


def translate(tender, language):
    """A published translation of `tender` (with its lots), as wagtail-localize makes it."""
    locale = Locale.objects.get(language_code=language)
    translation = tender.copy_for_translation(locale)
    translation.title = f"{tender.title} ({language})"
    translation.save_revision().publish()
    return TenderPage.objects.get(pk=translation.pk)


@pytest.fixture
def member(admin_and_organisation):
    """(user, organisation): an organisation's admin, acting for it."""
    return admin_and_organisation
