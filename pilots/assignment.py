"""Who reviews which proposal: assigned by hand, or evenly across a group of reviewers, and
each reviewer's declaration of no conflict of interest (or recusal) before they review.

A reviewer is a member of a reviewer group (a Django group holding the permission
pilots.review_proposals). Reviewers see only the proposals assigned to them; pilot managers
(pilots.manage_proposals) see all.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .calls import call_in
from .enums import ASSIGNABLE_STATES, REVIEWABLE_STATES, ConflictStatus, ProposalStatus
from .models import CriterionScore, Proposal, ReviewAssignment


def is_manager(user):
    return user.is_authenticated and user.has_perm("pilots.manage_proposals")


def is_reviewer(user):
    return user.is_authenticated and user.has_perm("pilots.review_proposals")


def _require_manager(user):
    if not is_manager(user):
        raise PermissionDenied


def assign(proposal, reviewer, *, by):
    """Assign one reviewer by hand; an existing assignment is returned as it is."""
    _require_manager(by)
    if not is_reviewer(reviewer):
        raise ValidationError(_("%(name)s is not in a reviewer group.")
                              % {"name": reviewer.get_full_name() or reviewer.email})
    if proposal.status not in ASSIGNABLE_STATES:
        raise ValidationError(_("Only proposals in screening or in review can be assigned."))
    assignment, created = ReviewAssignment.objects.get_or_create(
        proposal=proposal, reviewer=reviewer, defaults={"assigned_by": by})
    if created:
        log(instance=proposal, action="pilots.assign", user=by,
            data={"reviewer": reviewer.pk})
    return assignment


def unassign(assignment, *, by):
    _require_manager(by)
    if assignment.is_submitted:
        raise ValidationError(_("A submitted review cannot be removed."))
    log(instance=assignment.proposal, action="pilots.unassign", user=by,
        data={"reviewer": assignment.reviewer_id})
    assignment.delete()


@transaction.atomic
def assign_evenly(proposals, reviewers, *, per_proposal, by):
    """Give each proposal `per_proposal` reviewers, always choosing those with the fewest
    assignments so far (ties by id), never the same reviewer twice on one proposal, and never
    one who recused themselves from it. Returns the new assignments."""
    _require_manager(by)
    reviewers = [reviewer for reviewer in reviewers if is_reviewer(reviewer)]
    if not reviewers:
        raise ValidationError(_("The group has no reviewers."))
    if per_proposal > len(reviewers):
        raise ValidationError(_("The group has only %(count)s reviewers.")
                              % {"count": len(reviewers)})
    load = dict(ReviewAssignment.objects.active().filter(reviewer__in=reviewers)
                .values_list("reviewer").annotate(n=Count("pk")).values_list("reviewer", "n"))
    created = []
    for proposal in proposals:
        if proposal.status not in ASSIGNABLE_STATES:
            continue
        existing = list(ReviewAssignment.objects.filter(proposal=proposal))
        taken = {assignment.reviewer_id for assignment in existing}
        active = sum(1 for assignment in existing if assignment.conflict !=
                     ConflictStatus.RECUSED)
        candidates = sorted((reviewer for reviewer in reviewers if reviewer.pk not in taken),
                            key=lambda reviewer: (load.get(reviewer.pk, 0), reviewer.pk))
        for reviewer in candidates[:max(per_proposal - active, 0)]:
            created.append(ReviewAssignment.objects.create(
                proposal=proposal, reviewer=reviewer, assigned_by=by))
            load[reviewer.pk] = load.get(reviewer.pk, 0) + 1
    for assignment in created:
        log(instance=assignment.proposal, action="pilots.assign", user=by,
            data={"reviewer": assignment.reviewer_id, "evenly": True})
    return created


def _own(assignment, user):
    if assignment.reviewer_id != user.pk or not is_reviewer(user):
        raise PermissionDenied


def declare_no_conflict(assignment, *, by):
    _own(assignment, by)
    if assignment.conflict != ConflictStatus.UNDECLARED:
        raise ValidationError(_("You have already made your declaration."))
    assignment.conflict = ConflictStatus.NO_CONFLICT
    assignment.conflict_declared_at = timezone.now()
    assignment.save(update_fields=["conflict", "conflict_declared_at"])
    log(instance=assignment.proposal, action="pilots.no_conflict", user=by)
    return assignment


def recuse(assignment, *, by, reason):
    _own(assignment, by)
    if assignment.is_submitted:
        raise ValidationError(_("You have already submitted your review."))
    if not reason.strip():
        raise ValidationError(_("Say briefly why you recuse yourself."))
    assignment.conflict = ConflictStatus.RECUSED
    assignment.conflict_declared_at = timezone.now()
    assignment.recusal_reason = reason
    assignment.save(update_fields=["conflict", "conflict_declared_at", "recusal_reason"])
    assignment.scores.all().delete()
    log(instance=assignment.proposal, action="pilots.recuse", user=by,
        data={"reason": reason})
    return assignment


@transaction.atomic
def save_review(assignment, *, by, scores, comment="", share_with_submitter=False,
                submit=False):
    """Save the reviewer's scores {criterion key: (score, comment)}; with `submit`, every
    criterion must be scored and the review then counts (and can no longer change)."""
    _own(assignment, by)
    if assignment.conflict != ConflictStatus.NO_CONFLICT:
        raise ValidationError(_("Declare first that you have no conflict of interest."))
    if assignment.is_submitted:
        raise ValidationError(_("You have already submitted your review."))
    if assignment.proposal.status not in REVIEWABLE_STATES:
        raise ValidationError(_("This proposal is not in review."))
    call = call_in(assignment.proposal.call_key, assignment.proposal.language)
    criteria = {criterion.translation_key: criterion for criterion in call.criteria.all()}
    for key, (score, _comment) in scores.items():
        criterion = criteria.get(key)
        if criterion is None:
            raise ValidationError(_("Unknown criterion."))
        if score is not None and not 0 <= int(score) <= criterion.scale_max:
            raise ValidationError(_("A score for “%(criterion)s” is from 0 to %(max)s.")
                                  % {"criterion": criterion.name, "max": criterion.scale_max})
    if submit:
        missing = [criterion.name for key, criterion in criteria.items()
                   if scores.get(key, (None, ""))[0] is None]
        if missing:
            raise ValidationError(_("Score every criterion before submitting: %(names)s.")
                                  % {"names": ", ".join(missing)})
    for key, (score, criterion_comment) in scores.items():
        if score is None:
            CriterionScore.objects.filter(assignment=assignment, criterion_key=key).delete()
            continue
        CriterionScore.objects.update_or_create(
            assignment=assignment, criterion_key=key,
            defaults={"score": int(score), "comment": criterion_comment or ""})
    assignment.comment = comment
    assignment.share_with_submitter = share_with_submitter
    fields = ["comment", "share_with_submitter"]
    if submit:
        assignment.submitted_at = timezone.now()
        fields.append("submitted_at")
        log(instance=assignment.proposal, action="pilots.review", user=by)
    assignment.save(update_fields=fields)
    return assignment


def visible_proposals(user, queryset):
    """Proposals `user` may see in the admin: all for managers, the assigned ones (not
    recused) for reviewers, none for anyone else."""
    if is_manager(user):
        return queryset
    if is_reviewer(user):
        return queryset.filter(
            pk__in=ReviewAssignment.objects.active().filter(reviewer=user).values("proposal"))
    return queryset.none()


def may_see_others_scores(assignment):
    """A reviewer sees other reviews only once their own is in (managers always do)."""
    return assignment is not None and assignment.is_submitted


def next_to_review(user, *, exclude=None):
    """The assigned proposal in review that still needs this reviewer's review and has the
    fewest submitted reviews so far (then the oldest), or None."""
    mine = ReviewAssignment.objects.filter(reviewer=user, submitted_at=None).exclude(
        conflict=ConflictStatus.RECUSED).values("proposal")
    candidates = Proposal.objects.filter(pk__in=mine, status=ProposalStatus.IN_REVIEW)
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude.pk)
    return candidates.annotate(
        reviews_in=Count("assignments", filter=Q(assignments__submitted_at__isnull=False)
                         & ~Q(assignments__conflict=ConflictStatus.RECUSED))
    ).order_by("reviews_in", "submitted_at", "pk").first()
