"""Building tenders in tests, the way staff do in the admin or the demo seed does."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.tenders.models import Lot, TenderIndexPage, TenderPage

_counter = iter(range(1, 100000))


def index_page(language="fi"):
    return TenderIndexPage.objects.get(locale__language_code=language)


def term(model, code):
    return model.objects.get(code=code, locale=Locale.get_default())


def make_tender(*, lots=(), service_area="home-care-support", municipalities=("905",),
                cpv=("85312400",), contract_type="framework-agreement", publish=True,
                **fields):
    """A published Finnish tender; `lots` are dicts of Lot fields."""
    number = next(_counter)
    defaults = {
        "title": f"Testihankinta {number}",
        "slug": f"testihankinta-{number}",
        "reference": f"TEST-{number:05d}",
        "intro": "Testihankinnan tiivistelmä.",
        "planned_publication": timezone.localdate() + datetime.timedelta(days=60),
        "planned_publication_precision": "day",
        "value_min": Decimal("1000000"),
        "contract_type": term(ContractType, contract_type),
    }
    tender = TenderPage(**{**defaults, **fields})
    tender.service_areas.set([term(ServiceArea, service_area)])
    tender.municipalities.set([term(Municipality, code) for code in municipalities])
    tender.cpv_codes.set([term(CPVCode, code) for code in cpv])
    tender.lots = [Lot(sort_order=position, **lot) for position, lot in enumerate(lots)]
    index_page().add_child(instance=tender)
    if publish:
        tender.save_revision().publish()
    return TenderPage.objects.get(pk=tender.pk)
