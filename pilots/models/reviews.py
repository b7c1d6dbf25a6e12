"""Reviewers' assignments, their conflict-of-interest declarations, and their scores.

A reviewer is assigned a proposal; before seeing its scores sheet they declare that they
have no conflict of interest, or recuse themselves. A review is the reviewer's scores per
criterion, with comments; it counts once submitted. Scores refer to a criterion by its
translation key, which every language version of the call shares.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import ConflictStatus


class ReviewAssignmentQuerySet(models.QuerySet):
    def active(self):
        """Assignments whose reviewer has not recused themselves."""
        return self.exclude(conflict=ConflictStatus.RECUSED)

    def submitted(self):
        return self.exclude(submitted_at=None)


class ReviewAssignment(models.Model):
    proposal = models.ForeignKey("pilots.Proposal", on_delete=models.CASCADE,
                                 related_name="assignments", verbose_name=_("proposal"))
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="pilot_review_assignments",
                                 verbose_name=_("reviewer"))
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    assigned_at = models.DateTimeField(_("assigned"), auto_now_add=True)
    conflict = models.CharField(_("conflict of interest"), max_length=12,
                                choices=ConflictStatus.choices,
                                default=ConflictStatus.UNDECLARED)
    conflict_declared_at = models.DateTimeField(null=True, blank=True)
    recusal_reason = models.TextField(_("reason for recusal"), blank=True)
    comment = models.TextField(_("overall comment"), blank=True)
    # Whether staff may quote this review's comments to the submitter in the decision letter.
    share_with_submitter = models.BooleanField(_("may be shared with the submitter"),
                                               default=False)
    submitted_at = models.DateTimeField(_("review submitted"), null=True, blank=True)

    objects = ReviewAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [models.UniqueConstraint(fields=["proposal", "reviewer"],
                                               name="one_assignment_per_reviewer")]

    def __str__(self):
        return f"{self.proposal_id} / {self.reviewer_id}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None


class CriterionScore(models.Model):
    assignment = models.ForeignKey(ReviewAssignment, on_delete=models.CASCADE,
                                   related_name="scores")
    criterion_key = models.UUIDField(_("criterion"))
    score = models.PositiveSmallIntegerField(_("score"))
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["assignment", "criterion_key"],
                                               name="one_score_per_criterion")]

    def __str__(self):
        return f"{self.criterion_key}: {self.score}"
