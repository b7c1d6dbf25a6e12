"""An organisation's interest in a tender and the lots it picked.

The tender and its lots are referred to by their translation keys, so that one interest
belongs to every language version of the tender (as the tender's timeline does).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .enums import InterestStatus, ParticipationMode


class TenderInterestQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=InterestStatus.ACTIVE)

    def of_tender(self, tender):
        return self.filter(tender_key=tender.translation_key)


class TenderInterest(models.Model):
    tender_key = models.UUIDField(_("tender"), db_index=True)
    organisation = models.ForeignKey("suppliers.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.CASCADE, related_name="tender_interests")
    # Kept when the user deletes the account: the organisation's interest stays readable.
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("registered by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+")
    mode = models.CharField(_("participation"), max_length=20,
                            choices=ParticipationMode.choices)
    capacity = models.TextField(
        _("capacity"), blank=True, max_length=2000,
        help_text=_("For example how many clients, places or hours you could take."))
    questions = models.TextField(_("questions for market dialogue"), blank=True,
                                 max_length=4000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES,
                                help_text=_("E-mails about the tender are written in it."))
    status = models.CharField(_("status"), max_length=10, choices=InterestStatus.choices,
                              default=InterestStatus.ACTIVE)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    objects = TenderInterestQuerySet.as_manager()

    class Meta:
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "tender_key"],
                                    name="one_interest_per_organisation_and_tender"),
        ]

    def __str__(self):
        return f"{self.organisation.name} – {self.tender_key} ({self.status})"

    @property
    def is_active(self):
        return self.status == InterestStatus.ACTIVE

    @property
    def lot_keys(self):
        """The picked lots' translation keys (reads prefetched `lots` when there are)."""
        return {lot.lot_key for lot in self.lots.all()}


class InterestedLot(models.Model):
    interest = models.ForeignKey(TenderInterest, on_delete=models.CASCADE, related_name="lots")
    lot_key = models.UUIDField(_("lot"), db_index=True)

    class Meta:
        verbose_name = _("lot of interest")
        verbose_name_plural = _("lots of interest")
        constraints = [
            models.UniqueConstraint(fields=["interest", "lot_key"],
                                    name="one_row_per_interest_and_lot"),
        ]

    def __str__(self):
        return str(self.lot_key)
