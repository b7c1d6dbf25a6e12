"""Proposals to a pilot call, their attachments and the record of every move they made.

A proposal refers to its call by the call's translation key (as registrations refer to
events), belongs to one supplier organisation, and is written in one language: the language
of the e-mails about it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import FINAL_STATES, Decision, ProposalStatus
from ..storage import attachment_path, private_storage


class ProposalQuerySet(models.QuerySet):
    def of_call(self, call):
        return self.filter(call_key=call.translation_key)

    def of_organisations(self, organisations):
        return self.filter(organisation__in=organisations)

    def sent(self):
        """Proposals the county has received (not drafts, not withdrawn before sending)."""
        return self.exclude(status=ProposalStatus.DRAFT).exclude(submitted_at=None)


class Proposal(models.Model):
    call_key = models.UUIDField(_("pilot call"), db_index=True)
    organisation = models.ForeignKey("suppliers.Organisation", verbose_name=_("organisation"),
                                     on_delete=models.PROTECT, related_name="pilot_proposals")
    # SET_NULL: a member's account may go; the organisation's proposal stays.
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    contact_email = models.EmailField(
        _("contact e-mail"), help_text=_("Where we send news of this proposal."))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    # A reference the supplier and staff can quote, e.g. "P-2027-0007".
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=1500)
    problem = models.TextField(_("the problem"), max_length=5000, blank=True)
    solution = models.TextField(_("the solution"), max_length=8000, blank=True)
    target_group = models.TextField(_("target group"), max_length=2000, blank=True)
    municipalities = models.ManyToManyField(
        "taxonomy.Municipality", related_name="+", blank=True, verbose_name=_("municipalities"))
    expected_impact = models.TextField(_("expected impact"), max_length=4000, blank=True)
    impact_measurement = models.TextField(_("how the impact is measured"), max_length=4000,
                                          blank=True)
    budget = models.DecimalField(_("budget (EUR excl. VAT)"), max_digits=12, decimal_places=2,
                                 null=True, blank=True)
    budget_details = models.TextField(_("budget details"), max_length=4000, blank=True)
    timeline = models.TextField(_("timeline"), max_length=4000, blank=True)
    team = models.TextField(_("team"), max_length=4000, blank=True)
    answers = models.JSONField(_("answers to the call's questions"), default=dict, blank=True)

    status = models.CharField(_("status"), max_length=20, choices=ProposalStatus.choices,
                              default=ProposalStatus.DRAFT, db_index=True)
    # Why the proposal was found not eligible, or what it was returned to complete.
    status_reason = models.TextField(_("reason"), blank=True)
    completion_due = models.DateTimeField(
        _("to be completed by"), null=True, blank=True,
        help_text=_("A returned proposal can be sent again until this time."))
    # The decision staff have made, held until decisions are released together.
    pending_decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices,
                                        blank=True)
    decision_letter = models.TextField(_("decision letter"), blank=True)
    decision_released_at = models.DateTimeField(_("decision released"), null=True, blank=True)

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # Reminded once of an unsubmitted draft before the deadline.
    draft_reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ["-created_at"]
        permissions = [
            ("manage_proposals", _("Can see and move every pilot proposal")),
            ("review_proposals", _("Can review pilot proposals assigned to them")),
        ]
        indexes = [models.Index(fields=["call_key", "status"])]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def save(self, *args, **kwargs):
        if not self.reference:
            # The reference needs the row's number: a unique placeholder until it has one.
            self.reference = uuid.uuid4().hex[:20]
            super().save(*args, **kwargs)
            self.reference = f"P-{self.created_at.year}-{self.pk:04d}"
            type(self).objects.filter(pk=self.pk).update(reference=self.reference)
            return
        super().save(*args, **kwargs)

    @property
    def is_final(self):
        return self.status in FINAL_STATES


class ProposalAttachment(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="attachments",
                                 verbose_name=_("proposal"))
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage,
                            max_length=255)
    filename = models.CharField(_("file name"), max_length=150)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    sha256 = models.CharField(max_length=64, editable=False)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.filename


class ProposalTransition(models.Model):
    """One move of a proposal: what it was, what it became, who moved it and why. The
    supplier's timeline and the time-to-decision figures read these."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=20, choices=ProposalStatus.choices)
    to_status = models.CharField(max_length=20, choices=ProposalStatus.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                           on_delete=models.SET_NULL, related_name="+")
    reason = models.TextField(blank=True)
    at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.proposal_id}: {self.from_status} → {self.to_status}"
