"""Building tenders in tests, the way staff do in the admin: on the test factories."""

from portal.taxonomy.models import ContractType
from portal.tenders.models import TenderIndexPage
from tests import factories


def index_page(language="fi"):
    return factories.index_page(TenderIndexPage, language)


def term(model, code):
    """The Finnish term of a code (created when missing)."""
    return factories.term(model, code)


def make_tender(*, lots=(), service_area="home-care-support", municipalities=("905",),
                cpv=("85312400",), contract_type="framework-agreement", publish=True,
                **fields):
    """A published Finnish tender (TenderPageFactory); `lots` are dicts of Lot fields."""
    return factories.TenderPageFactory(
        lots=list(lots), service_areas=[service_area], municipalities=list(municipalities),
        cpv_codes=list(cpv), contract_type=term(ContractType, contract_type),
        publish=publish, **fields)
