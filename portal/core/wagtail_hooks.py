"""Admin registration of the organisation's details, and warnings about dates staff set
on a weekend or a public holiday."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import OrganisationDetails
from .working_days import WorkingDayDates, off_day_warnings


class OrganisationDetailsViewSet(SnippetViewSet):
    model = OrganisationDetails
    icon = "site"
    menu_label = _("Organisation and footer")
    add_to_settings_menu = True


register_snippet(OrganisationDetailsViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_dates_off_working_days(request, page):
    """Saving goes back to the page list or the editor; say there which deadline, event or
    publication date falls on a weekend or a public holiday (a warning: it may be meant)."""
    if not isinstance(page.specific_deferred, WorkingDayDates):
        return
    # The revision just saved: a draft of a live page is not on the page object.
    warnings = off_day_warnings(page.get_latest_revision_as_object())
    if warnings:
        messages.warning(request, " ".join([
            *warnings, str(_("Check the date: suppliers expect deadlines, events and "
                             "publications on working days."))]))
