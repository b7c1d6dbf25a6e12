"""The supplier's screens of interest: the form a tender page posts to, withdrawing, and the
list of the organisation's interests.

The organisation is the one the user acts for (suppliers.acting); a form carries the one it
was shown for, and a user who is not its active member gets 404, as on every supplier screen.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.tenders.models import TenderPage
from suppliers.acting import acting, posted_organisation

from . import domain
from .forms import InterestForm
from .presenters import initial_data, interest_rows, lot_views, picked_lots


def _tender_or_404(page_id):
    tender = TenderPage.objects.live().public().filter(pk=page_id).select_related("locale") \
        .first()
    if tender is None:
        raise Http404
    return tender



def _add_errors(form, error):
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _in_reader_language(tender):
    """The tender's live translation in the active language (the language switch keeps the
    page id of the language left behind), or None when it is already that one or has none."""
    language = get_language()
    if tender.locale.language_code == language:
        return None
    return TenderPage.objects.live().public().filter(
        translation_key=tender.translation_key, locale__language_code=language).first()


@login_required
def interest_form(request, page_id):
    """GET: the form (with the current interest filled in); POST: register or change it."""
    tender = _tender_or_404(page_id)
    if request.method == "GET" and (translated := _in_reader_language(tender)):
        return redirect("suppliers:interests:form", translated.pk)
    lots = lot_views(tender)
    organisation, can_switch = acting(request)
    if request.method == "POST":
        organisation = posted_organisation(request)
        current = domain.interest_of(organisation, tender)
        form = InterestForm(request.POST, lots=lots)
        if form.is_valid() and form.cleaned_data["organisation"] == organisation.pk:
            was_active = current is not None and current.is_active
            try:
                domain.register_interest(
                    request.user, organisation, tender, mode=form.cleaned_data["mode"],
                    lot_keys=form.cleaned_data.get("lots", []),
                    capacity=form.cleaned_data["capacity"],
                    questions=form.cleaned_data["questions"])
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, (
                    _("The interest of %(organisation)s is changed.") if was_active else
                    _("The interest of %(organisation)s is registered. You will hear of "
                      "changes to this procurement by e-mail."))
                    % {"organisation": organisation.name})
                return redirect(tender.get_url(request))
    else:
        current = domain.interest_of(organisation, tender)
        form = InterestForm(initial=initial_data(current, organisation), lots=lots)
    return render(request, "interests/interest_form.html", {
        "tender": tender, "form": form, "organisation": organisation,
        "can_switch": can_switch, "interest": current,
        "picked_lots": picked_lots(current, lots) if current else [],
        "lock_reason": domain.lock_reason(tender),
    })


@login_required
@require_POST
def withdraw(request, page_id):
    tender = _tender_or_404(page_id)
    organisation = posted_organisation(request)
    current = domain.interest_of(organisation, tender)
    if current is None or not current.is_active:
        raise Http404
    try:
        domain.withdraw_interest(request.user, organisation, tender)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The interest of %(organisation)s is withdrawn. You can "
                                    "register it again while the procurement is not yet open "
                                    "for tenders.") % {"organisation": organisation.name})
    return redirect(tender.get_url(request))


@login_required
def my_interests(request):
    """The acting organisation's interests, active first, newest first."""
    organisation, can_switch = acting(request)
    return render(request, "interests/my_interests.html", {
        "organisation": organisation, "can_switch": can_switch,
        "rows": interest_rows(organisation, get_language(), request) if organisation else [],
    })
