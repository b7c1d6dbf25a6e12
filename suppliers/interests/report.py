"""What staff see of a tender's interests: who is interested per lot, with counts by size
class and organisation type, and the same as CSV/XLSX rows."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.core.exports import in_language
from portal.tenders.models import Lot
from suppliers.enums import SIZE_ORDER, OrganisationType, SizeClass

from .enums import InterestStatus
from .models import TenderInterest

NOT_DECLARED = ""


@dataclass
class Section:
    """The interests in one lot, or in the whole tender when `lot` is None."""

    lot: object
    interests: list
    by_size: dict = field(default_factory=dict)
    by_type: dict = field(default_factory=dict)

    @property
    def count(self):
        return len(self.interests)

    @property
    def size_counts(self):
        return [self.by_size[size] for size in [*SIZE_ORDER, NOT_DECLARED]]

    @property
    def type_counts(self):
        return [self.by_type[kind] for kind in OrganisationType.values]

    @property
    def title(self):
        return str(self.lot) if self.lot is not None else _("Whole procurement")


def _counts(interests):
    by_size = dict.fromkeys([*SIZE_ORDER, NOT_DECLARED], 0)
    by_type = dict.fromkeys(OrganisationType.values, 0)
    for interest in interests:
        by_size[interest.organisation.size_class or NOT_DECLARED] += 1
        by_type[interest.organisation.organisation_type] += 1
    return by_size, by_type


def _section(lot, interests):
    by_size, by_type = _counts(interests)
    return Section(lot=lot, interests=interests, by_size=by_size, by_type=by_type)


@dataclass
class TenderReport:
    tender: object
    lots: list
    whole: Section
    sections: list
    withdrawn: int
    # {lot translation key: {language: title}}, for the files (see lot_titles).
    lot_titles: dict = field(default_factory=dict)

    @property
    def size_columns(self):
        return [(size, SizeClass(size).label) for size in SIZE_ORDER] + \
            [(NOT_DECLARED, _("Not declared"))]

    @property
    def type_columns(self):
        return list(OrganisationType.choices)

    @property
    def all_sections(self):
        return [self.whole, *self.sections]

    @property
    def lots_without_interest(self):
        return [section.lot for section in self.sections if not section.count]


def tender_report(tender):
    """The active interests in a tender (any language version), the lots in the page's own
    language. A fixed number of queries whatever the number of interests."""
    lots = tender.lot_list
    interests = list(TenderInterest.objects.active().of_tender(tender)
                     .select_related("organisation", "registered_by")
                     .prefetch_related("lots").order_by("organisation__name", "pk"))
    for interest in interests:
        keys = interest.lot_keys
        interest.picked = [lot for lot in lots if lot.translation_key in keys]
    withdrawn = TenderInterest.objects.of_tender(tender) \
        .filter(status=InterestStatus.WITHDRAWN).count()
    return TenderReport(
        tender=tender, lots=lots, whole=_section(None, interests), withdrawn=withdrawn,
        sections=[_section(lot, [interest for interest in interests if lot in interest.picked])
                  for lot in lots])


def lot_titles(tender):
    """The titles of the tender's lots in every language it is published in (and the page's
    own, even as a draft): {lot translation key: {language: title}}. One query."""
    titles = defaultdict(dict)
    for key, language, title in (
            Lot.objects.filter(Q(tender__live=True) | Q(tender=tender),
                               tender__translation_key=tender.translation_key)
            .values_list("translation_key", "locale__language_code", "title")):
        titles[key][language] = title
    return dict(titles)


def export_report(tender):
    """The report behind the CSV and XLSX files: with the lots' titles in every language."""
    report = tender_report(tender)
    report.lot_titles = lot_titles(tender)
    return report


def section_title(report, section, language):
    """A section's title in the file's language, "1. Vasa", marked where the lot has no
    title in it ("1. Vaasa [fi]")."""
    if section.lot is None:
        return _("Whole procurement")
    titles = report.lot_titles.get(section.lot.translation_key) or \
        {section.lot.locale.language_code: section.lot.title}
    return f"{section.lot.number}. {in_language(titles, language)}"


def _datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _yes(value):
    return _("Yes") if value else _("No")


def export_rows(report):
    """The header and one row per interest, with a column per lot ("x" when picked)."""
    header = [_("Organisation"), _("Business ID"), _("Type"), _("Size class"), _("SME"),
              _("Verified"), _("Participation"), _("Lots"),
              *[_("Lot %(number)s") % {"number": lot.number} for lot in report.lots],
              _("Capacity"), _("Questions for market dialogue"), _("Contact e-mail"),
              _("Registered by"), _("Language"), _("Registered at"), _("Updated at")]
    rows = []
    for interest in report.whole.interests:
        organisation = interest.organisation
        rows.append([
            organisation.name, organisation.business_id,
            organisation.get_organisation_type_display(),
            organisation.get_size_class_display(),
            _yes(organisation.is_sme) if organisation.size_class else "",
            _yes(organisation.verified), interest.get_mode_display(),
            ", ".join(str(lot.number) for lot in interest.picked),
            *["x" if lot in interest.picked else "" for lot in report.lots],
            interest.capacity, interest.questions, organisation.contact_email,
            interest.registered_by.email if interest.registered_by else "",
            interest.language, _datetime(interest.created_at), _datetime(interest.updated_at),
        ])
    return header, rows


def summary_rows(report, language):
    """Counts per lot (and the whole procurement) by size class and by type."""
    header = [_("Lot"), _("Interested"), *[label for _v, label in report.size_columns],
              *[label for _v, label in report.type_columns]]
    rows = [[section_title(report, section, language), section.count, *section.size_counts,
             *section.type_counts]
            for section in report.all_sections]
    return header, rows
