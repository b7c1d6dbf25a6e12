"""The registrant's screens: registering from an event page, the signed links of the
e-mails (confirm, cancel, accept an offered place), and My event registrations.

Only the registrant sees a registration: through their account (404 for anyone else) or
through a link whose token only the e-mail carries (404 when tampered with). A link's GET
shows what will happen and a button; only the POST changes anything, so a mail scanner that
follows links cannot confirm or cancel.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from suppliers.acting import SESSION_KEY
from suppliers.models import Membership

from . import domain
from .enums import ACTIVE_STATES, RegistrationStatus
from .mailing import token_is_valid
from .models import EventPage, Registration, event_in, waiting_position
from .registration_forms import RegistrationForm

S = RegistrationStatus


def _event_or_404(page_id):
    event = EventPage.objects.live().public().filter(pk=page_id).select_related("locale") \
        .first()
    if event is None:
        raise Http404
    return event


def user_organisations(request):
    """The organisations the user may register on behalf of, the one they act for first."""
    if not request.user.is_authenticated:
        return []
    organisations = [membership.organisation for membership in
                     Membership.objects.active().filter(user=request.user)
                     .select_related("organisation").order_by("organisation__name")]
    chosen = request.session.get(SESSION_KEY)
    organisations.sort(key=lambda organisation: organisation.pk != chosen)
    return organisations


def _add_errors(form, error):
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def register(request, page_id):
    """GET: the registration form on a page of its own; POST (from it or from the event
    page's panel): register. Errors are shown on the form page with everything typed."""
    event = _event_or_404(page_id)
    organisations = user_organisations(request)
    questions = list(event.questions.all())
    current = domain.registration_of(request.user, event)
    form = RegistrationForm(request.POST if request.method == "POST" else None,
                            questions=questions, user=request.user,
                            organisations=organisations)
    if request.method == "POST" and current is not None:
        # The form posted again (a double click, the back button): the first post registered.
        return _already_registered(request, event)
    if request.method == "POST" and form.is_valid():
        organisation = None
        organisation_id = form.organisation_id() if request.user.is_authenticated else None
        if organisation_id is not None:
            organisation = next((organisation for organisation in organisations
                                 if organisation.pk == organisation_id), None)
            if organisation is None:
                raise Http404
        data = form.cleaned_data
        try:
            registration = domain.register(
                event, user=request.user, organisation=organisation,
                name=data.get("name", ""), email=data.get("email", ""),
                organisation_name=data.get("organisation_name", ""),
                answers=form.answers(), language=get_language())
        except ValidationError as error:
            if request.user.is_authenticated and getattr(error, "code", None) == "duplicate":
                # Two posts at once: the other one registered while this one waited.
                return _already_registered(request, event)
            _add_errors(form, error)
        except PermissionDenied:
            raise Http404 from None
        else:
            messages.success(request, {
                S.PENDING: _("Almost done: we sent a link to %(email)s. Your registration "
                             "holds a place once you confirm it through the link."),
                S.CONFIRMED: _("You are registered. A confirmation with a calendar entry was "
                               "sent to %(email)s."),
                S.WAITING: _("The event is full, so you are on the waiting list. We will "
                             "e-mail %(email)s if a place is freed."),
            }[registration.status] % {"email": registration.email})
            return redirect(event.get_url(request) + "#registration")
    return render(request, "events/registration/register.html", {
        "event": event, "form": form, "registration": current,
        "closed_reason": domain.registration_closed_reason(event),
    })


def _already_registered(request, event):
    messages.info(request, _("You are already registered for this event."))
    return redirect(event.get_url(request) + "#registration")


# Lazy: the module is imported once, the page is read in the visitor's language.
LINK_TEXTS = {
    "confirm": (gettext_lazy("Confirm your registration"),
                gettext_lazy("Confirm the registration")),
    "cancel": (gettext_lazy("Cancel your registration"),
               gettext_lazy("Cancel the registration")),
    "accept": (gettext_lazy("Accept the offered place"), gettext_lazy("Accept the place")),
}
# Once nothing is left to do through the link (the action done, or the registration moved on
# some other way), the heading says where the registration stands.
STATE_HEADINGS = {
    S.PENDING: gettext_lazy("Your registration waits for confirmation"),
    S.CONFIRMED: gettext_lazy("Your registration is confirmed"),
    S.WAITING: gettext_lazy("You are on the waiting list"),
    S.OFFERED: gettext_lazy("A place is offered to you"),
    S.CANCELLED: gettext_lazy("Your registration is cancelled"),
    S.EXPIRED: gettext_lazy("The offered place has expired"),
}


def link_heading(registration, action, can_act):
    """What the page of a signed link is about: the action while it can still be taken,
    afterwards what became of the registration."""
    return LINK_TEXTS[action][0] if can_act else STATE_HEADINGS[registration.status]


def link(request, pk, action, token):
    """The signed link of an e-mail. GET: what will happen and a button; POST: do it."""
    registration = Registration.objects.filter(pk=pk).first()
    if registration is None or not token_is_valid(registration, action, token):
        raise Http404
    event = event_in(registration.event_key, get_language())
    if event is None:
        raise Http404
    error = None
    if request.method == "POST":
        try:
            if action == "confirm":
                domain.confirm(registration)
            elif action == "cancel":
                domain.cancel(registration)
            else:
                domain.accept_offer(registration)
        except ValidationError as exception:
            error = " ".join(exception.messages)
        else:
            messages.success(request, {
                "confirm": _("Your registration is confirmed.") if
                registration.status == S.CONFIRMED else
                _("Your registration is confirmed, but the event is full: you are on the "
                  "waiting list."),
                "cancel": _("Your registration is cancelled."),
                "accept": _("You accepted the place. See you at the event!"),
            }[action])
            return redirect(request.path)
    can_act = _can_act(registration, action)
    return render(request, "events/registration/link.html", {
        "event": event, "registration": registration, "action": action,
        "heading": link_heading(registration, action, can_act),
        "button": LINK_TEXTS[action][1], "error": error,
        "position": waiting_position(registration),
        "can_act": can_act,
    })


def _can_act(registration, action):
    return {"confirm": registration.status == S.PENDING,
            "cancel": registration.status in ACTIVE_STATES,
            "accept": registration.status == S.OFFERED}[action]


def _own_registration_or_404(request, pk):
    registration = Registration.objects.filter(pk=pk, user=request.user).first()
    if registration is None:
        raise Http404
    return registration


def _back(request, registration):
    event = event_in(registration.event_key, get_language())
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return redirect(target)
    return redirect(event.get_url(request) + "#registration" if event else "events:mine")


# What a supplier may do to their own registration from their list or the event page: the
# domain function and the message shown when it is done.
OWN_ACTIONS = {
    "cancel": ("cancel", gettext_lazy("Your registration is cancelled.")),
    "accept": ("accept_offer", gettext_lazy("You accepted the place. See you at the event!")),
}


@login_required
@require_POST
def act_on_mine(request, pk, action):
    registration = _own_registration_or_404(request, pk)
    function, done = OWN_ACTIONS[action]
    try:
        getattr(domain, function)(registration, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, str(done))
    return _back(request, registration)


def registration_rows(user, language, *, active_only=False):
    """The user's registrations with their event in `language`: three queries."""
    registrations = Registration.objects.filter(user=user)
    if active_only:
        registrations = registrations.filter(status__in=ACTIVE_STATES)
    registrations = list(registrations.select_related("organisation"))
    keys = {registration.event_key for registration in registrations}
    pages = {}
    for page in EventPage.objects.live().filter(translation_key__in=keys) \
            .filter(Q(locale__language_code=language)
                    | Q(locale__language_code=settings.LANGUAGE_CODE)) \
            .select_related("locale"):
        if page.translation_key not in pages or page.locale.language_code == language:
            pages[page.translation_key] = page
    waiting = {}
    waiting_regs = [registration for registration in registrations
                    if registration.status == S.WAITING]
    if waiting_regs:
        ahead = Registration.objects.filter(
            status=S.WAITING, event_key__in={r.event_key for r in waiting_regs}) \
            .values_list("event_key", "waitlist_number")
        numbers = list(ahead)
        for registration in waiting_regs:
            waiting[registration.pk] = 1 + sum(
                1 for key, number in numbers
                if key == registration.event_key and number < registration.waitlist_number)
    rows = [{"registration": registration, "event": pages.get(registration.event_key),
             "position": waiting.get(registration.pk)}
            for registration in registrations if registration.event_key in pages]
    rows.sort(key=lambda row: row["event"].start)
    return rows


@login_required
def mine(request):
    return render(request, "events/registration/mine.html", {
        "rows": registration_rows(request.user, get_language())})
