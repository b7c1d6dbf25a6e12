"""Writing a proposal (pilots.proposals), below the supplier's pages that use it
(test_supplier_proposals.py): one proposal per form token, no change once sent, no more
attachments than a proposal may have."""

import uuid

import pytest
from django.core.exceptions import ValidationError

from pilots import attachments, proposals
from pilots.enums import ProposalStatus
from pilots.models import Proposal

from .helpers import make_call, make_proposal
from .supplier_helpers import PDF, remove_stored_files, upload  # noqa: F401

pytestmark = pytest.mark.django_db


def changes(*files, **values):
    return proposals.ProposalChanges(
        values={"title": "Etäkaveri", **values},
        files=[attachments.check_upload(upload(name, PDF)) for name in files])


def test_a_token_makes_one_proposal(admin_and_organisation):
    admin, organisation = admin_and_organisation
    call, token = make_call(), uuid.uuid4()
    first = proposals.create(
        proposals.new_proposal(call, organisation, by=admin, language="fi", token=token),
        changes(), by=admin)
    assert first.public_id == token and first.created_by == admin
    assert first.contact_email == admin.email
    with pytest.raises(proposals.RepeatedPost) as repeated:
        proposals.create(
            proposals.new_proposal(call, organisation, by=admin, language="fi", token=token),
            changes(title="Toinen"), by=admin)
    assert repeated.value.proposal == first
    assert Proposal.objects.get().title == "Etäkaveri"


def test_a_sent_proposal_is_not_changed(admin_and_organisation):
    admin, organisation = admin_and_organisation
    call = make_call()
    proposal = make_proposal(call, organisation, admin, status=ProposalStatus.SUBMITTED)
    with pytest.raises(proposals.EditClosed):
        proposals.change(proposal, call, changes(title="Muutettu"), by=admin)
    proposal.refresh_from_db()
    assert proposal.title != "Muutettu"


def test_attachments_beyond_the_limit_are_refused_under_the_lock(
        admin_and_organisation, settings, remove_stored_files):  # noqa: F811
    admin, organisation = admin_and_organisation
    settings.PILOT_ATTACHMENT_MAX_COUNT = 2
    call = make_call()
    proposal = make_proposal(call, organisation, admin)
    proposals.change(proposal, call, changes("a.pdf"), by=admin)
    # The same file again is not a new one.
    proposals.change(proposal, call, changes("a.pdf", "b.pdf"), by=admin)
    assert proposal.attachments.count() == 2
    with pytest.raises(ValidationError) as error:
        proposals.change(proposal, call, changes("c.pdf"), by=admin)
    assert "c.pdf" in error.value.messages[0]
    assert proposal.attachments.count() == 2
    # What there is room for is kept when the rest of the form is refused.
    assert proposals.keep_files(proposal, call, changes("c.pdf").files, by=admin) == []
