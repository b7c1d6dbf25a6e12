"""Event registrations in the Wagtail admin: a "Registrations" button on event pages, the
staff screens behind it, their audit-log actions and permissions."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import ListingButton

from . import admin_views
from .models import EventPage


@hooks.register("register_admin_urls")
def register_registration_admin_urls():
    return [
        path("events/<int:page_id>/registrations/", admin_views.registrations,
             name="events_registrations"),
        path("events/<int:page_id>/registrations/csv/", admin_views.registrations_csv,
             name="events_registrations_csv"),
        path("events/<int:page_id>/registrations/xlsx/", admin_views.registrations_xlsx,
             name="events_registrations_xlsx"),
        path("events/<int:page_id>/attendance/", admin_views.attendance,
             name="events_attendance"),
        path("events/<int:page_id>/close/", admin_views.close, name="events_close"),
        path("events/<int:page_id>/message/", admin_views.message, name="events_message"),
        path("events/<int:page_id>/cancel/", admin_views.cancel_event, name="events_cancel"),
    ]


def _is_event(page):
    return isinstance(page.specific_deferred, EventPage)


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name=None, next_url=None):
    if _is_event(page) and admin_views.can_view_registrations(user):
        yield Button(_("Registrations"), reverse("events_registrations", args=[page.pk]),
                     icon_name="group", priority=35)


@hooks.register("register_page_listing_more_buttons")
def registrations_listing_button(page, user, next_url=None):
    if _is_event(page) and admin_views.can_view_registrations(user):
        yield ListingButton(_("Registrations"), reverse("events_registrations", args=[page.pk]),
                            icon_name="group", priority=35)


@hooks.register("register_permissions")
def registration_permissions():
    return Permission.objects.filter(content_type__app_label="events",
                                     codename__in=["view_registration", "change_registration"])


@hooks.register("register_log_actions")
def register_registration_log_actions(actions):
    for action, label, message in [
        ("register", _("Register for an event"), _("Registered for the event")),
        ("confirm", _("Confirm a registration"), _("Registration confirmed")),
        ("cancel", _("Cancel a registration"), _("Registration cancelled")),
        ("offer", _("Offer a freed place"), _("Freed place offered")),
        ("accept", _("Accept an offered place"), _("Offered place accepted")),
        ("expire", _("Expire an offer"), _("Offer expired")),
        ("attendance", _("Mark attendance"), _("Attendance marked")),
        ("close", _("Close an event"), _("Event closed")),
        ("cancel_event", _("Cancel an event"), _("Event cancelled")),
        ("message", _("Message registrants"), _("Message sent to the registrants")),
        ("announce_changes", _("Announce a change"),
         _("Change of time or place announced to the registrants")),
    ]:
        actions.register_action(f"events.{action}", label, message)
