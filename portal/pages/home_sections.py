"""The live blocks of the home page: four sections in the same order, filled by the feature
apps (the news app registers the latest news, and so on); see `portal.core.sections`."""

from django.utils.translation import gettext_lazy as _

from portal.core.sections import Section, SectionRegistry

# Each provider is called with (request, locale) and returns (items, link to the full
# listing or None).
SECTIONS = SectionRegistry(
    [
        Section(
            "tenders", _("Upcoming tenders"),
            _("No upcoming tenders have been published yet."),
            "pages/home_sections/tenders.html",
            _("All upcoming tenders"),
        ),
        Section(
            "events", _("Coming events"),
            _("No coming training sessions or market-dialogue meetings at the moment."),
            "pages/home_sections/events.html",
            _("All events"),
        ),
        Section(
            "pilot_calls", _("Open pilot calls"),
            _("No pilot calls are open at the moment."),
            "pages/home_sections/pilot_calls.html",
            _("All pilot calls"),
        ),
        Section(
            "news", _("Latest news"),
            _("No news yet."),
            "pages/home_sections/news.html",
            _("All news"),
        ),
    ],
    links=("more_url",),
)


register_provider = SECTIONS.register_provider


def home_sections(request, locale):
    return SECTIONS.render(request, locale)
