"""The supplier's own page ("My page"): what they belong to, follow and take part in.

The sections are always the same, in the same order, as on the home page
(`portal.core.sections`): the app that owns a kind of record registers the function that
lists the user's records (interests register followed tenders, alerts the user's alerts,
events the registrations, pilots the proposals). Each provider runs a fixed number of
queries.
"""

from django.utils.translation import gettext_lazy as _

from portal.core.sections import Section, SectionRegistry

# Each provider is called with (request, organisation the user acts for or None) and
# returns (items, link to the full list or None, link to add one or None).
SECTIONS = SectionRegistry(
    [
        Section(
            "tenders", _("Tenders my organisation follows"),
            _("Your organisation has not registered interest in any tender yet."),
            "suppliers/dashboard/tenders.html",
            _("All tenders my organisation follows"),
        ),
        Section(
            "alerts", _("My alerts"),
            _("You have no alerts. An alert e-mails you when a matching tender is published."),
            "suppliers/dashboard/alerts.html",
            _("All my alerts"),
        ),
        Section(
            "events", _("My event registrations"),
            _("You have not registered for any events."),
            "suppliers/dashboard/events.html",
            _("All my event registrations"),
        ),
        Section(
            "proposals", _("Pilot proposals"),
            _("Your organisation has no pilot proposals."),
            "suppliers/dashboard/proposals.html",
            _("All pilot proposals"),
        ),
    ],
    links=("more_url", "add_url"),
    subject="organisation",
)


register_provider = SECTIONS.register_provider


def dashboard_sections(request, organisation):
    return SECTIONS.render(request, organisation)
