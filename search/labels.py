"""The names of facet values in the visitor's language (codes are what URLs carry)."""

from django.utils.translation import get_language_info, pgettext
from django.utils.translation import gettext as _

from portal.taxonomy.labels import taxonomy_labels
from portal.tenders.enums import TenderStatus

from .items import KINDS


def facet_labels(language):
    """{facet: {code: name}} for the facets of the search page."""
    terms = taxonomy_labels(language)
    return {
        "kind": {code: str(name) for code, name in KINDS.items()},
        "service_areas": terms["service_area"],
        "municipalities": terms["municipality"],
        "contract_type": terms["contract_type"],
        "status": {**{status.value: str(status.label) for status in TenderStatus},
                   "cancelled": pgettext("search facet", "Cancelled")},
        "sme_lots": {"yes": _("Has SME-sized lots"), "no": _("No SME-sized lots")},
        "languages": {code: get_language_info(code)["name_translated"]
                      for code in ("fi", "sv", "en")},
    }
