"""Staff's screens of an event's registrations in the Wagtail admin: the list with answers,
counts and waiting list, CSV/XLSX exports, the attendance list, closing or cancelling the
event and messaging its registrants."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.core.exports import export_language
from portal.core.views import permission_denied

from . import domain
from .export import csv_response, event_report, xlsx_response
from .models import EventPage
from .registration_forms import AttendanceForm, CancelEventForm, CloseEventForm, MessageForm

VIEW = "events.view_registration"
CHANGE = "events.change_registration"


def can_view_registrations(user):
    return user.has_perm(VIEW)


def staff_only(permission):
    """403 without the permission (a PermissionDenied in an admin view would become a
    redirect to the dashboard, which says nothing to a CSV download)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, page_id):
            if not request.user.has_perm(permission):
                return permission_denied(request, PermissionDenied(
                    _("You do not have permission to manage event registrations.")))
            return view(request, get_object_or_404(EventPage, pk=page_id))

        return wrapper

    return decorator


def _render(request, event, template, title, context):
    report_url = reverse("events_registrations", args=[event.pk])
    crumbs = [
        {"url": reverse("wagtailadmin_explore", args=[event.get_parent().pk]),
         "label": event.get_parent().title},
        {"url": reverse("wagtailadmin_pages:edit", args=[event.pk]), "label": event.title},
    ]
    if template != "events/admin/registrations.html":
        crumbs.append({"url": report_url, "label": _("Registrations")})
    crumbs.append({"url": "", "label": title})
    return TemplateResponse(request, template, {
        "event": event, "page_title": title, "header_title": f"{title}: {event.title}",
        "page_subtitle": event.title, "header_icon": "group", "breadcrumbs_items": crumbs,
        "can_change": request.user.has_perm(CHANGE), "now": timezone.now(), **context})


@staff_only(VIEW)
def registrations(request, event):
    return _render(request, event, "events/admin/registrations.html", _("Registrations"),
                   {"report": event_report(event), "free_places": domain.free_places(event)})


@staff_only(VIEW)
def registrations_csv(request, event):
    return csv_response(event_report(event, export_language(request)))


@staff_only(VIEW)
def registrations_xlsx(request, event):
    return xlsx_response(event_report(event, export_language(request)))


@staff_only(CHANGE)
def attendance(request, event):
    """The attendance list: printable, usable on a phone, one form that saves every row."""
    report = event_report(event)
    form = AttendanceForm(request.POST or None, registrations=report.confirmed)
    if request.method == "POST" and form.is_valid():
        for registration, attended in form.marks():
            domain.mark_attendance(registration, attended, user=request.user)
        messages.success(request, _("Attendance saved."))
        return redirect("events_attendance", event.pk)
    return _render(request, event, "events/admin/attendance.html", _("Attendance list"),
                   {"report": report, "form": form})


@staff_only(CHANGE)
def close(request, event):
    report = event_report(event)
    form = CloseEventForm(request.POST or None, initial={"attendee_count": report.attended})
    if request.method == "POST" and form.is_valid():
        try:
            domain.close_event(event, user=request.user,
                               attendee_count=form.cleaned_data["attendee_count"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The event is closed."))
            return redirect("events_registrations", event.pk)
    return _render(request, event, "events/admin/form.html", _("Close the event"), {
        "form": form, "button": _("Close the event"),
        "intro": _("Closing records the number of attendees and thanks those who came with "
                   "a link to the materials. Add the materials to the page first.")})


@staff_only(CHANGE)
def message(request, event):
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = domain.message_registrants(
            event, user=request.user, subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
            include_waiting=form.cleaned_data["include_waiting"])
        messages.success(request, ngettext("The message was queued to %(count)s registrant.",
                                           "The message was queued to %(count)s registrants.",
                                           count) % {"count": count})
        return redirect("events_registrations", event.pk)
    return _render(request, event, "events/admin/form.html", _("Message to the registrants"), {
        "form": form, "button": _("Send the message"),
        "intro": _("Tell the registrants of a change of time, place or programme. Each gets "
                   "it by e-mail; write it in the languages of the event.")})


@staff_only(CHANGE)
def cancel_event(request, event):
    form = CancelEventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            domain.cancel_event(event, user=request.user,
                                message=form.cleaned_data["message"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The event is cancelled and its registrants are told."))
            return redirect("events_registrations", event.pk)
    return _render(request, event, "events/admin/form.html", _("Cancel the event"), {
        "form": form, "button": _("Cancel the event"), "danger": True,
        "intro": _("The event is marked cancelled on its page in every language and every "
                   "registrant gets a cancellation notice.")})
