"""Writing a proposal: a new one from the supplier's form, changes to a draft or a returned
one, and its attachments stored or removed. Moves between states go through
workflow.transition.

A new proposal's public id is the token its form carried, so that a form posted twice (a
double click, the back button) makes one proposal: the second post finds the first one's
proposal (RepeatedPost) and becomes a change to it.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from portal.taxonomy.models import Municipality

from . import attachments, workflow
from .models import Proposal

# The proposal's relations to taxonomy terms, which its form gives as codes.
TERM_RELATIONS = {"municipalities": Municipality}


@dataclass
class ProposalChanges:
    """What the supplier's form changes: the proposal's fields, the answers to the call's
    questions (by question key), the attachments to remove and the checked files to add."""

    values: dict
    answers: dict = field(default_factory=dict)
    removals: list = field(default_factory=list)
    files: list = field(default_factory=list)

    def apply_to(self, proposal):
        for name, value in self.values.items():
            if name not in TERM_RELATIONS:
                setattr(proposal, name, value)
        proposal.answers = {**(proposal.answers or {}), **self.answers}
        return proposal

    def relate_terms(self, proposal):
        """Link the saved proposal to the terms its form gave by code."""
        for name, model in TERM_RELATIONS.items():
            if name in self.values:
                getattr(proposal, name).set(model.objects.filter(code__in=self.values[name]))


class RepeatedPost(Exception):
    """The form's token has already made a proposal: this post repeats the one that did."""

    def __init__(self, proposal):
        super().__init__(proposal.pk)
        self.proposal = proposal


class EditClosed(Exception):
    """The proposal can no longer be changed (sent meanwhile, or past its deadline)."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def made_with(token):
    """The proposal a create form's token made, if any."""
    return Proposal.objects.filter(public_id=token).select_related("organisation").first()


def new_proposal(call, organisation, *, by, language, token=None):
    """An unsaved proposal of `organisation` to `call`, written in `language`; its public id
    is `token` when given (the create form's)."""
    proposal = Proposal(call_key=call.translation_key, organisation=organisation,
                        created_by=by, language=language, contact_email=by.email)
    if token is not None:
        proposal.public_id = token
    return proposal


def create(proposal, changes, *, by):
    """Save a new proposal (from new_proposal, with its form's token) with its files.

    Raises RepeatedPost when the token has made a proposal already: the same form, posted
    twice at once, whose other post saved first."""
    repeated = made_with(proposal.public_id)
    if repeated is not None:
        raise RepeatedPost(repeated)
    try:
        with transaction.atomic():
            _write(proposal, changes, by=by)
    except IntegrityError:
        repeated = made_with(proposal.public_id)
        if repeated is None:
            raise
        raise RepeatedPost(repeated) from None
    return proposal


@transaction.atomic
def change(proposal, call, changes, *, by, now=None):
    """Save the supplier's changes to a draft or a returned proposal, under a row lock, so
    that a proposal sent from another tab meanwhile is not changed (EditClosed). Raises
    ValidationError when the attachments would be more than a proposal may have."""
    locked = _locked(proposal)
    closed = workflow.edit_closed_reason(locked, call, now=now)
    if closed is not None:
        raise EditClosed(closed)
    # The form counted the attachments before the lock: files added from another tab
    # meanwhile may leave no room for these.
    kept = locked.attachments.exclude(pk__in=[item.pk for item in changes.removals]).count()
    new = _new_files(locked, changes.files)
    limit = attachments.max_count()
    if kept + len(new) > limit:
        raise ValidationError(
            _("%(name)s: a proposal can have at most %(count)s attachments. Remove one to add "
              "another.") % {"name": new[max(limit - kept, 0)].filename, "count": limit},
            code="count")
    _write(locked, changes, by=by)
    return locked


@transaction.atomic
def keep_files(proposal, call, files, *, by, now=None):
    """Store the files that passed their checks when the rest of the form did not (a browser
    cannot fill a file input again), as many as there is room for. Returns those stored;
    none when the proposal can no longer be changed."""
    locked = _locked(proposal)
    if workflow.edit_closed_reason(locked, call, now=now) is not None:
        return []
    room = attachments.max_count() - locked.attachments.count()
    return _store_files(locked, files[:max(room, 0)], by=by)


def _locked(proposal):
    return Proposal.objects.select_for_update().select_related("organisation") \
        .get(pk=proposal.pk)


def _write(proposal, changes, *, by):
    """Save the changed values, remove the chosen attachments and store the new files."""
    changes.apply_to(proposal)
    proposal.save()
    changes.relate_terms(proposal)
    for attachment in changes.removals:
        attachments.delete(attachment)
    _store_files(proposal, changes.files, by=by)


def _new_files(proposal, files):
    """The files not attached already (same name and content, as when a form is sent
    twice)."""
    present = set(proposal.attachments.values_list("filename", "sha256")) \
        if proposal.pk else set()
    new = []
    for checked in files:
        if (checked.filename, checked.sha256) not in present:
            present.add((checked.filename, checked.sha256))
            new.append(checked)
    return new


def _store_files(proposal, files, *, by):
    stored = _new_files(proposal, files)
    for checked in stored:
        attachments.store(proposal, checked, by=by)
    return stored
