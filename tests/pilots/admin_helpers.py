"""Fixtures and helpers of the staff screens' tests: a call with proposals in review, reviews
given the way reviewers give them, attachments, and the admin URLs."""

import hashlib

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.users.models import UserProfile

from pilots import assignment
from pilots.calls import call_in
from pilots.enums import ProposalStatus
from pilots.models import ProposalAttachment

from .helpers import add_to_group, make_call, make_proposal

S = ProposalStatus


@pytest.fixture
def call():
    return make_call()


@pytest.fixture
def supplier(admin_and_organisation):
    return admin_and_organisation[0]


@pytest.fixture
def organisation(admin_and_organisation):
    return admin_and_organisation[1]


@pytest.fixture
def proposals(call, supplier, organisation, make_organisation):
    """A factory: `proposals(n, status)` makes n proposals of different organisations."""

    def make(count=1, status=S.IN_REVIEW, **fields):
        made = []
        for number in range(count):
            owner = organisation if number == 0 and not made else make_organisation(
                name=f"Palvelu {number} Oy")
            made.append(make_proposal(call, owner, supplier, status=status,
                                      title=fields.pop("title", f"Ehdotus {number}"), **fields))
        return made

    return make


@pytest.fixture
def editor(make_user):
    return add_to_group(make_user("editor@hyvaep.fi"), "Editors")


def prefer_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    user.refresh_from_db()
    return user


def criteria_of(call):
    """(first, second): 60 % on 0–5 and 40 % on 0–10, as tests.pilots.helpers.make_call."""
    first, second = call.criteria.order_by("sort_order", "pk")
    return first, second


def give_review(proposal, reviewer, manager, scores, *, comment="", share=False, submit=True,
                comments=("", "")):
    """Assign, declare and score as the reviewer would; `scores` in the criteria's order."""
    call = call_in(proposal.call_key, proposal.language)
    own = assignment.assign(proposal, reviewer, by=manager)
    assignment.declare_no_conflict(own, by=reviewer)
    keyed = {criterion.translation_key: (score, text) for criterion, score, text in
             zip(criteria_of(call), scores, comments, strict=True)}
    return assignment.save_review(own, by=reviewer, scores=keyed, comment=comment,
                                  share_with_submitter=share, submit=submit)


def attach(proposal, content=b"%PDF-1.4 test", filename="budjetti.pdf",
           content_type="application/pdf"):
    item = ProposalAttachment(proposal=proposal, filename=filename, content_type=content_type,
                              size=len(content), sha256=hashlib.sha256(content).hexdigest())
    item.file.save("upload", ContentFile(content), save=False)
    item.save()
    return item


def url(name, *args):
    return reverse(name, args=args)


def proposal_url(proposal, name="pilots_proposal"):
    return reverse(name, args=[proposal.public_id])


def reviewer_group():
    return Group.objects.get(name="Pilot reviewers")
