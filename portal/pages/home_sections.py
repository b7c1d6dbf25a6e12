"""The live blocks of the home page and who fills them.

The home page always shows the same four sections in the same order. Each feature app
registers the function that lists its items (for example the news app registers the latest
news); a section whose feature has not registered yet, or has nothing to show, says so
instead of disappearing, so the page layout never depends on which features are installed.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass
class HomeSection:
    key: str
    heading: str
    empty_text: str
    template: str
    # The link to the full listing: its whole name, as a screen reader reads it out of context.
    more_text: str = ""
    # Called with (request, locale); returns (items, link to the full listing or None).
    provider: object = field(default=None, repr=False)

    def render_context(self, request, locale):
        items, more_url = ([], None) if self.provider is None else self.provider(request, locale)
        return {"section": self, "items": list(items), "more_url": more_url}


SECTIONS = {
    section.key: section
    for section in [
        HomeSection(
            "tenders", _("Upcoming tenders"),
            _("No upcoming tenders have been published yet."),
            "pages/home_sections/tenders.html",
            _("All upcoming tenders"),
        ),
        HomeSection(
            "events", _("Coming events"),
            _("No coming training sessions or market-dialogue meetings at the moment."),
            "pages/home_sections/events.html",
            _("All events"),
        ),
        HomeSection(
            "pilot_calls", _("Open pilot calls"),
            _("No pilot calls are open at the moment."),
            "pages/home_sections/pilot_calls.html",
            _("All pilot calls"),
        ),
        HomeSection(
            "news", _("Latest news"),
            _("No news yet."),
            "pages/home_sections/news.html",
            _("All news"),
        ),
    ]
}


def register_provider(key, provider):
    """Let a feature app fill one of the home page's sections."""
    SECTIONS[key].provider = provider


def home_sections(request, locale):
    return [section.render_context(request, locale) for section in SECTIONS.values()]
