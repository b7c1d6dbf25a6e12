"""Tender, event and pilot-call pages as the indicators and the funnel name them: by
translation key, with their titles in every language and a drill-down link to their figures."""

from django.conf import settings
from django.db.models import Min
from django.urls import NoReverseMatch, reverse

from pilots.models import PilotCallPage
from portal.tenders.models import TenderPage

from .figures import BreakdownRow, current_language, named_row

PAGE_FIELDS = ("pk", "translation_key", "locale__language_code", "title")


def drilldown_url(kind, page_id):
    """The admin page for a tender, event or call: its engagement view when the admin has one,
    its edit view otherwise."""
    try:
        return reverse("metrics_item", args=[kind, page_id])
    except NoReverseMatch:
        return reverse("wagtailadmin_pages:edit", args=[page_id])


class Pages:
    """Tender, event or call pages by translation key, with their titles in every language
    they are translated into ("titles"); the other fields and the admin link are those of
    the default language's page where there is one."""

    def __init__(self, rows, kind):
        self.kind = kind
        self.by_key = {}
        self.key_of_page = {}
        self._urls = {}  # reversed once per page, not once per period and breakdown
        for row in rows:
            self.key_of_page[row["pk"]] = row["translation_key"]
            page = self.by_key.setdefault(row["translation_key"],
                                          {**row, "titles": {}, "draft_titles": {}})
            # A translation not published yet may still carry the source's title.
            titles = "titles" if row.get("live", True) else "draft_titles"
            page[titles][row["locale__language_code"]] = row["title"]
            if row["locale__language_code"] == settings.LANGUAGE_CODE:
                page.update(row)

    def row(self, key, value, language=None):
        page = self.by_key.get(key)
        if page is None:
            return BreakdownRow(key=str(key), label=str(key), value=value)
        if key not in self._urls:
            self._urls[key] = drilldown_url(self.kind, page["pk"])
        return named_row(key, page["titles"] or page["draft_titles"], value, self._urls[key],
                         language)

    def rows(self, counts):
        """Rows sorted by value, largest first, then by title."""
        language = current_language()
        rows = [self.row(key, value, language) for key, value in counts.items()]
        return sorted(rows, key=lambda row: (-(row.value or 0), str(row.label)))


def tender_pages():
    """Every tender page, published or not, with what the interest indicators need."""
    return Pages(TenderPage.objects.values(*PAGE_FIELDS, "live", "first_published_at",
                                           "interest_deadline", "status",
                                           "status_changed_at"), "tender")


def first_publication(tender_key):
    """When the tender was first published in any language (None: never): a change to it
    can alter the figures of the months from then on."""
    return TenderPage.objects.filter(translation_key=tender_key).aggregate(
        first=Min("first_published_at"))["first"]


def call_pages():
    """The published pilot calls with their opening and closing."""
    return Pages(PilotCallPage.objects.live().values(*PAGE_FIELDS, "opens", "deadline"), "call")
