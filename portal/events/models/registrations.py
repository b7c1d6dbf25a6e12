"""Registrations for events, and the per-event row that registrations lock.

A registration refers to the event by its translation key, so one registration belongs to
every language version of the event (as interests refer to tenders).
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..enums import ACTIVE_STATES, HOLDING_STATES, RegistrationStatus

S = RegistrationStatus


def new_secret():
    return secrets.token_urlsafe(24)


class RegistrationQuerySet(models.QuerySet):
    def of_event(self, event):
        return self.filter(event_key=event.translation_key)

    def active(self):
        return self.filter(status__in=ACTIVE_STATES)

    def holding(self):
        return self.filter(status__in=HOLDING_STATES)

    def waiting(self):
        return self.filter(status=S.WAITING).order_by("waitlist_number", "pk")


class Registration(models.Model):
    event_key = models.UUIDField(_("event"), db_index=True)
    # SET_NULL: the account's deletion anonymises its registrations (see events.dashboard).
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True,
                             blank=True, on_delete=models.SET_NULL,
                             related_name="event_registrations")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    organisation = models.ForeignKey("suppliers.Organisation", verbose_name=_("organisation"),
                                     null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="event_registrations")
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices)
    # Joining the waiting list takes the next number; the position is how many wait ahead.
    waitlist_number = models.PositiveIntegerField(_("waiting list number"), null=True,
                                                  blank=True)
    offer_expires_at = models.DateTimeField(_("offer expires"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event_key", "email"],
                                    condition=Q(status__in=ACTIVE_STATES),
                                    name="one_active_registration_per_email_and_event"),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}> ({self.status})"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status in ACTIVE_STATES

    @property
    def holds_place(self):
        return self.status in HOLDING_STATES

    @property
    def organisation_label(self):
        return self.organisation.name if self.organisation_id else self.organisation_name


class RegistrationLock(models.Model):
    """One row per event, locked (SELECT … FOR UPDATE) by every change that takes or frees
    a place, so that two registrations never both take the last one."""

    event_key = models.UUIDField(primary_key=True)

    class Meta:
        verbose_name = _("registration lock")
        default_permissions = ()

    def __str__(self):
        return str(self.event_key)


def places_taken(event):
    """How many of the event's open places registrations hold (confirmed registrations and
    open offers)."""
    return Registration.objects.of_event(event).holding().count()


def waiting_position(registration):
    """1 for the first on the waiting list."""
    if registration.status != S.WAITING:
        return None
    return Registration.objects.filter(
        event_key=registration.event_key, status=S.WAITING,
        waitlist_number__lt=registration.waitlist_number).count() + 1
