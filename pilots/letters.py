"""Decision letters: a template per decision in the proposal's language (Finnish, Swedish or
English), filled in with the proposal, the call and the review feedback staff choose to
share, and the preview of the e-mail each held decision will send when it is released.

The templates (pilots/templates/pilots/letters/<decision>.<language>.txt) are written in each
language rather than translated through the catalogue: a letter is prose staff read and edit
before it goes, and it must read as the county's own text in every language.
"""

import copy
import re

from django.template.loader import render_to_string
from django.utils import timezone, translation

from portal.core.models import OrganisationDetails
from portal.notifications.domain import portal_name, render_email

from .calls import call_in
from .enums import ConflictStatus, Decision
from .mailing import status_context
from .models import CriterionScore, ReviewAssignment

LETTER_LANGUAGES = ("fi", "sv", "en")


def letter_language(proposal):
    return proposal.language if proposal.language in LETTER_LANGUAGES else "fi"


def signer(language):
    """The county's name in the letter's language (its organisation details), else the
    portal's name."""
    details = OrganisationDetails.objects.filter(locale__language_code=language).first()
    if details is not None and details.name:
        return details.name
    with translation.override(language):
        return portal_name()


def shareable_feedback(proposal):
    """[(key, criterion name or "", text)] of the comments in submitted reviews whose
    reviewers allowed sharing them with the submitter. Criterion names are in the proposal's
    language, as the letter is. The key is what a checkbox posts: "r<assignment id>" for an
    overall comment, "s<score id>" for a criterion's."""
    reviews = list(ReviewAssignment.objects.submitted().filter(
        proposal=proposal, share_with_submitter=True)
        .exclude(conflict=ConflictStatus.RECUSED).order_by("submitted_at", "pk"))
    call = call_in(proposal.call_key, letter_language(proposal))
    criteria = list(call.criteria.all()) if call is not None else []
    names = {criterion.translation_key: criterion.name for criterion in criteria}
    order = {criterion.translation_key: position for position, criterion in enumerate(criteria)}
    scores = {}
    for score in CriterionScore.objects.filter(assignment__in=reviews).exclude(comment=""):
        scores.setdefault(score.assignment_id, []).append(score)
    items = []
    for review in reviews:
        if review.comment.strip():
            items.append((f"r{review.pk}", "", review.comment.strip()))
        for score in sorted(scores.get(review.pk, []),
                            key=lambda score: order.get(score.criterion_key, 99)):
            if score.comment.strip():
                items.append((f"s{score.pk}", names.get(score.criterion_key, ""),
                              score.comment.strip()))
    return items


def feedback_texts(proposal, keys):
    """The chosen comments as lines of the letter, in the order they were given."""
    keys = set(keys)
    return [f"{name}: {text}" if name else text
            for key, name, text in shareable_feedback(proposal) if key in keys]


def decision_letter(proposal, decision, *, feedback=()):
    """The letter of `decision` in the proposal's language, with the `feedback` lines."""
    decision = Decision(decision)
    language = letter_language(proposal)
    call = call_in(proposal.call_key, language)
    context = {
        "proposal": proposal, "reference": proposal.reference, "title": proposal.title,
        "call": call.title if call else "", "organisation": proposal.organisation.name,
        "contact_name": call.contact_name if call else "",
        "contact_email": call.contact_email if call else "",
        "feedback": list(feedback), "signer": signer(language),
    }
    with translation.override(language):
        text = render_to_string(f"pilots/letters/{decision.value}.{language}.txt", context)
    # Paragraphs apart by one empty line, whatever the template's own line breaks.
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"


def released(proposal, *, now=None):
    """The proposal as it will be once its held decision is released (not saved)."""
    future = copy.copy(proposal)
    future.status = proposal.pending_decision
    future.decision_released_at = now or timezone.now()
    return future


def release_preview(proposal):
    """(subject, text, html) of the e-mail the proposal's release will send, rendered as the
    workflow will render it: the "pilots_status" template in the proposal's language."""
    future = released(proposal)
    call = call_in(proposal.call_key, proposal.language)
    with translation.override(proposal.language):
        context = status_context(future, call)
    return render_email("pilots_status", context, proposal.language)
