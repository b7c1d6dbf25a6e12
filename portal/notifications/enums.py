"""States of an outgoing e-mail, with the allowed moves in one table, and delivery reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EmailStatus(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("e-mail status", "Queued")
    SENDING = "sending", pgettext_lazy("e-mail status", "Sending")
    SENT = "sent", pgettext_lazy("e-mail status", "Sent")
    FAILED = "failed", pgettext_lazy("e-mail status", "Failed")
    SUPPRESSED = "suppressed", pgettext_lazy("e-mail status", "Suppressed")


# A message is stored as queued (or as suppressed, when its address is on the suppression
# list), claimed by one sender (sending), then sent, or put back in the queue with a later
# attempt time, or failed for good after EMAIL_MAX_ATTEMPTS attempts. A message whose sender
# died is put back in the queue by send_queued_email.
ALLOWED_TRANSITIONS = {
    EmailStatus.QUEUED: {EmailStatus.SENDING},
    EmailStatus.SENDING: {EmailStatus.SENT, EmailStatus.QUEUED, EmailStatus.FAILED,
                          EmailStatus.SUPPRESSED},
    EmailStatus.SENT: set(),
    EmailStatus.FAILED: set(),
    EmailStatus.SUPPRESSED: set(),
}

OPEN_STATES = (EmailStatus.QUEUED, EmailStatus.SENDING)
FINAL_STATES = (EmailStatus.SENT, EmailStatus.FAILED, EmailStatus.SUPPRESSED)


class DeliveryStatus(models.TextChoices):
    """What the ESP reported after the message left the portal (anymail's event types)."""

    NONE = "", pgettext_lazy("delivery status", "No report")
    DEFERRED = "deferred", pgettext_lazy("delivery status", "Deferred")
    DELIVERED = "delivered", pgettext_lazy("delivery status", "Delivered")
    FAILED = "failed", pgettext_lazy("delivery status", "Not sent by the ESP")
    REJECTED = "rejected", pgettext_lazy("delivery status", "Rejected")
    BOUNCED = "bounced", pgettext_lazy("delivery status", "Bounced")
    COMPLAINED = "complained", pgettext_lazy("delivery status", "Marked as spam")
    UNSUBSCRIBED = "unsubscribed", pgettext_lazy("delivery status", "Unsubscribed")


# Reports can arrive out of order (a "deferred" after the "delivered" of a later try, a
# complaint after delivery): a report replaces one of lower or equal rank only.
DELIVERY_RANK = {
    DeliveryStatus.NONE: 0,
    DeliveryStatus.DEFERRED: 1,
    DeliveryStatus.DELIVERED: 2,
    DeliveryStatus.FAILED: 3,
    DeliveryStatus.REJECTED: 3,
    DeliveryStatus.BOUNCED: 3,
    DeliveryStatus.COMPLAINED: 4,
    DeliveryStatus.UNSUBSCRIBED: 4,
}


class SuppressionReason(models.TextChoices):
    HARD_BOUNCE = "hard_bounce", _("Hard bounce")
    COMPLAINT = "complaint", _("Spam complaint")
    UNSUBSCRIBE = "unsubscribe", _("Unsubscribed")


# anymail's normalised event types that put the address on the suppression list. anymail
# reports "bounced" for a bounce the ESP has given up on, and "deferred" for one it retries.
SUPPRESSING_EVENTS = {
    DeliveryStatus.BOUNCED: SuppressionReason.HARD_BOUNCE,
    DeliveryStatus.REJECTED: SuppressionReason.HARD_BOUNCE,
    DeliveryStatus.COMPLAINED: SuppressionReason.COMPLAINT,
    DeliveryStatus.UNSUBSCRIBED: SuppressionReason.UNSUBSCRIBE,
}
