"""The e-mail outbox: every message the portal sends, stored before it is sent, and the
addresses it must not send to."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enums import DeliveryStatus, EmailStatus, SuppressionReason


def normalise_address(address):
    """Addresses are compared without case: mailbox providers ignore it in practice."""
    return address.strip().lower()


class OutboundEmailQuerySet(models.QuerySet):
    def due(self, now):
        return self.filter(status=EmailStatus.QUEUED, next_attempt_at__lte=now)


class OutboundEmail(models.Model):
    to = models.EmailField(_("recipient"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    template = models.CharField(_("template"), max_length=100)
    subject = models.TextField(_("subject"))
    text_body = models.TextField(_("text"))
    html_body = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)
    # Small text attachments (a calendar entry): a list of {filename, mimetype, content}.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=EmailStatus.choices,
                              default=EmailStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    esp_message_id = models.CharField(_("ESP message ID"), max_length=255, blank=True,
                                      db_index=True)
    # Set by callers that may queue the same message twice (a double submit, a task run
    # again): the second queue_email() returns the first message instead of a copy.
    idempotency_key = models.CharField(_("idempotency key"), max_length=255, unique=True,
                                       null=True, blank=True)
    # Sign-in and password-reset links: not shown to staff, removed once sent.
    confidential = models.BooleanField(_("confidential"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    delivery_status = models.CharField(_("delivery"), max_length=16, blank=True,
                                       choices=DeliveryStatus.choices,
                                       default=DeliveryStatus.NONE)
    delivery_updated_at = models.DateTimeField(_("delivery reported"), null=True, blank=True)

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"],
                                name="notifications_due_idx")]

    def __str__(self):
        return f"{self.to}: {self.subject}"

    # What the outbox's inspect view shows of the bodies (Wagtail asks for these first).
    def get_text_body_display(self):
        if self.confidential:
            return _("Confidential: a sign-in or password link, not shown.")
        return self.text_body

    def get_html_body_display(self):
        return self.get_text_body_display() if self.confidential else self.html_body


class SuppressedAddress(models.Model):
    address = models.EmailField(_("address"), unique=True)
    reason = models.CharField(_("reason"), max_length=16, choices=SuppressionReason.choices)
    detail = models.TextField(_("detail"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.address

    def save(self, *args, **kwargs):
        self.address = normalise_address(self.address)
        super().save(*args, **kwargs)
