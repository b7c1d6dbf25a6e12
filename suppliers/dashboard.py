"""The supplier's own page ("My page"): what they belong to, follow and take part in.

The page always shows the same sections in the same order, as the home page does. The app
that owns a kind of record registers the function that lists the user's records (interests
register followed tenders, alerts the user's alerts; events and pilot proposals fill theirs
when those features arrive). A section with nothing to list says so, so the layout never
depends on which features are installed. Each provider runs a fixed number of queries.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass
class DashboardSection:
    key: str
    heading: str
    empty_text: str
    template: str
    # The link to the full list: its whole name, as a screen reader reads it out of context.
    more_text: str = ""
    # Called with (request, organisation the user acts for or None); returns
    # (items, link to the full list or None, link to add one or None).
    provider: object = field(default=None, repr=False)

    def render_context(self, request, organisation):
        items, more_url, add_url = (
            ([], None, None) if self.provider is None else self.provider(request, organisation))
        return {"section": self, "items": list(items), "more_url": more_url,
                "add_url": add_url, "organisation": organisation}


SECTIONS = {
    section.key: section
    for section in [
        DashboardSection(
            "tenders", _("Tenders my organisation follows"),
            _("Your organisation has not registered interest in any tender yet."),
            "suppliers/dashboard/tenders.html",
            _("All tenders my organisation follows"),
        ),
        DashboardSection(
            "alerts", _("My alerts"),
            _("You have no alerts. An alert e-mails you when a matching tender is published."),
            "suppliers/dashboard/alerts.html",
            _("All my alerts"),
        ),
        DashboardSection(
            "events", _("My event registrations"),
            _("You have not registered for any events."),
            "suppliers/dashboard/events.html",
            _("All my event registrations"),
        ),
        DashboardSection(
            "proposals", _("Pilot proposals"),
            _("Your organisation has no pilot proposals."),
            "suppliers/dashboard/proposals.html",
            _("All pilot proposals"),
        ),
    ]
}


def register_provider(key, provider):
    """Let a feature app fill one of the dashboard's sections."""
    SECTIONS[key].provider = provider


def dashboard_sections(request, organisation):
    return [section.render_context(request, organisation) for section in SECTIONS.values()]
