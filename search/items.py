"""What the search knows of a piece of content, whatever engine holds it.

Each published page (a tender with its lots, an event, a pilot call, a news article, a
content page) becomes one SearchItem in its own language. The engines store the items and
answer queries over them; the facet fields are codes (taxonomy codes, statuses), so filters
in URLs and alert links mean the same in every language.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# The kinds of content, in the order the facet lists them.
KINDS = {
    "tender": pgettext_lazy("search kind", "Tenders"),
    "event": pgettext_lazy("search kind", "Events"),
    "pilot_call": pgettext_lazy("search kind", "Pilot calls"),
    "news": pgettext_lazy("search kind", "News"),
    "page": pgettext_lazy("search kind", "Pages"),
}

# Facets: the item's attribute, and its heading on the search page. All hold lists of codes
# (a single value is a list of one), so every engine counts them the same way.
FACETS = {
    "kind": _("Type"),
    "service_areas": _("Service area"),
    "municipalities": _("Municipality"),
    "contract_type": _("Contract type"),
    "status": _("Status"),
    "sme_lots": _("SME-sized lots"),
    "languages": _("Language of the procurement or event"),
}

# Each language's text analysis: Elasticsearch's analyzer, PostgreSQL's text-search
# configuration.
ANALYZERS = {"fi": "finnish", "sv": "swedish", "en": "english"}


@dataclass
class SearchItem:
    key: str                    # "page:123": unique across the portal and its languages
    kind: str                   # one of KINDS
    language: str               # the page's language; searches never cross languages
    title: str
    url: str
    text: str = ""              # the body as plain text (lots' titles and texts for tenders)
    summary: str = ""           # shown under the title when no match is highlighted
    date: datetime.datetime | None = None   # what "newest first" sorts by
    value: Decimal | None = None            # estimated value of a tender, EUR
    facets: dict = field(default_factory=dict)  # facet name → list of codes

    def facet_values(self, name):
        values = self.facets.get(name, [])
        return [str(value) for value in values]
