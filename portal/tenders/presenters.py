"""How a tender reads on a page, in a feed or in a CSV row, in the visitor's language."""

from dataclasses import dataclass, field
from functools import cached_property

from django.utils import formats
from django.utils.translation import gettext as _

from .enums import DatePrecision, TenderStatus


def format_planned(date, precision):
    """'15.3.2027', 'March 2027' or 'Q1/2027', as precisely as the county knows it."""
    if date is None:
        return ""
    if precision == DatePrecision.DAY:
        return formats.date_format(date, "j.n.Y")
    if precision == DatePrecision.MONTH:
        return formats.date_format(date, "F Y")
    return _("Q%(quarter)s/%(year)s") % {"quarter": (date.month - 1) // 3 + 1,
                                         "year": date.year}


def format_money(amount):
    if amount is None:
        return ""
    return f"{formats.number_format(amount, 0, force_grouping=True)} €"


def format_value(tender):
    value = tender.value_range
    if value is None or not tender.value_is_public:
        return ""
    low, high = value
    if low == high:
        return format_money(low)
    return f"{format_money(low)} – {format_money(high)}"


@dataclass
class LotView:
    lot: object
    sme_sized: bool
    municipality_names: dict = field(default_factory=dict, repr=False)

    @cached_property
    def municipalities(self):
        """Read only where shown (the tender's page, which prefetches them)."""
        return sorted(self.municipality_names.get(term.code, term.name)
                      for term in self.lot.municipalities.all())


@dataclass
class TenderView:
    tender: object
    service_areas: list = field(default_factory=list)
    municipalities: list = field(default_factory=list)
    contract_type: str = ""
    labels: dict = field(default_factory=dict, repr=False)
    lots: list = field(default_factory=list)
    url: str = ""

    @cached_property
    def cpv_codes(self):
        """[(full code, name)]; read only where shown, so a listing need not fetch them."""
        names = self.labels.get("cpv", {})
        return [(term.full_code, names.get(term.code, term.name))
                for term in sorted(self.tender.cpv_codes.all(), key=lambda term: term.code)]

    @property
    def status_label(self):
        return TenderStatus(self.tender.status).label

    @property
    def planned_publication(self):
        return format_planned(self.tender.planned_publication,
                              self.tender.planned_publication_precision)

    @property
    def value(self):
        return format_value(self.tender)

    @property
    def sme_lot_count(self):
        return sum(1 for lot in self.lots if lot.sme_sized)

    @property
    def next_deadline(self):
        return self.tender.interest_deadline or self.tender.tender_deadline


def describe(tender, labels, threshold, request=None):
    """A TenderView from a tender whose relations were prefetched (see listing.py)."""
    municipality_names = labels["municipality"]
    return TenderView(
        tender=tender,
        url=tender.get_url(request) if request is not None else "",
        service_areas=[labels["service_area"].get(term.code, term.name)
                       for term in tender.service_areas.all()],
        municipalities=sorted(municipality_names.get(term.code, term.name)
                              for term in tender.municipalities.all()),
        labels=labels,
        contract_type=labels["contract_type"].get(tender.contract_type.code,
                                                  tender.contract_type.name),
        lots=[LotView(lot=lot, sme_sized=lot.is_sme_sized(threshold),
                      municipality_names=municipality_names)
              for lot in tender.lot_list],
    )
