"""What the supplier reads: the proposal with its status, what is asked, the timeline and the
released decision (never a pending one), the list by call, and that nobody but the
organisation's members reads a proposal or its files."""

import pytest
from django.utils import timezone

from pilots import attachments, workflow
from pilots.enums import STAFF, SUPPLIER, ProposalStatus
from pilots.models import ProposalTransition
from suppliers import personal_data

from .helpers import add_to_group, make_call, make_proposal
from .supplier_helpers import (
    PDF,
    remove_stored_files,  # noqa: F401  (a fixture)
    upload,
    url,
)

S = ProposalStatus
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("remove_stored_files")]


@pytest.fixture
def call():
    return make_call()


@pytest.fixture
def proposal(call, admin_and_organisation):
    user, organisation = admin_and_organisation
    proposal = make_proposal(call, organisation, user, status=S.SUBMITTED)
    checked = attachments.check_upload(upload("suunnitelma.pdf", PDF))
    attachments.store(proposal, checked, by=user)
    return proposal


def supplier_urls(proposal):
    attachment = proposal.attachments.get()
    return [url("detail", proposal.public_id), url("edit", proposal.public_id),
            url("submit", proposal.public_id), url("withdraw", proposal.public_id),
            url("attachment", proposal.public_id, attachment.pk)]


# --- Who may read -----------------------------------------------------------------------------

def test_members_of_the_organisation_read_the_proposal_and_its_files(
        client, proposal, add_member):
    colleague = add_member(proposal.organisation)
    client.force_login(colleague)
    assert client.get(url("detail", proposal.public_id)).status_code == 200
    attachment = proposal.attachments.get()
    response = client.get(url("attachment", proposal.public_id, attachment.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="suunnitelma.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    # Were a browser to show it after all, it would run nothing.
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == PDF


def test_another_supplier_finds_nothing(client, proposal, make_organisation, make_user):
    stranger = make_user()
    make_organisation(stranger)
    client.force_login(stranger)
    for address in supplier_urls(proposal):
        assert client.get(address).status_code == 404, address
        assert client.post(address).status_code == 404, address
    proposal.refresh_from_db()
    assert proposal.status == S.SUBMITTED


def test_a_former_or_pending_member_finds_nothing(client, proposal, add_member):
    from suppliers.enums import MembershipStatus

    former = add_member(proposal.organisation)
    former.supplier_memberships.update(status=MembershipStatus.LEFT)
    client.force_login(former)
    for address in supplier_urls(proposal):
        assert client.get(address).status_code == 404, address


def test_anonymous_visitors_are_asked_to_sign_in(client, proposal):
    for address in [*supplier_urls(proposal), url("mine"), url("create", 1)]:
        response = client.get(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith("/fi/accounts/login/?next=")


def test_reviewers_and_managers_use_the_admin_not_the_supplier_pages(
        client, proposal, reviewers, manager):
    from pilots.models import ReviewAssignment

    assigned, unassigned = reviewers[0], reviewers[1]
    ReviewAssignment.objects.create(proposal=proposal, reviewer=assigned)
    for user in (unassigned, assigned, manager):
        client.force_login(user)
        for address in supplier_urls(proposal):
            assert client.get(address).status_code == 404, (user, address)


def test_a_superuser_who_is_no_member_finds_nothing_either(client, proposal, make_user):
    admin = add_to_group(make_user(), "Pilot managers")
    admin.is_superuser = admin.is_staff = True
    admin.save()
    client.force_login(admin)
    assert client.get(url("detail", proposal.public_id)).status_code == 404


# --- The proposal page ------------------------------------------------------------------------

def test_a_draft_tells_the_deadline_and_what_is_missing(client, call, admin_and_organisation):
    user, organisation = admin_and_organisation
    proposal = make_proposal(call, organisation, user, problem="", answers={})
    client.force_login(user)
    content = client.get(url("detail", proposal.public_id, language="en")).content.decode()
    assert "Draft" in content and "Only your organisation sees the draft" in content
    assert "Send the proposal by" in content
    assert "<li>The problem</li>" in content and "<li>Montako asiakasta?</li>" in content
    for action in ("edit", "submit", "withdraw"):
        assert url(action, proposal.public_id, language="en") in content


def test_the_timeline_shows_moves_without_staff_names(
        client, call, admin_and_organisation, manager, django_capture_on_commit_callbacks):
    user, organisation = admin_and_organisation
    manager.first_name, manager.last_name = "Maija", "Käsittelijä"
    manager.save()
    proposal = make_proposal(call, organisation, user)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(proposal, S.SUBMITTED, by=user, role=SUPPLIER)
        workflow.transition(proposal, S.RETURNED, by=manager, role=STAFF,
                            reason="Liitä budjettierittely.")
    client.force_login(user)
    content = client.get(url("detail", proposal.public_id, language="en")).content.decode()
    timeline = content[content.index('id="proposal-timeline"'):]
    assert "Draft started" in timeline and "Submitted" in timeline
    assert "Returned for completion" in timeline and "Liitä budjettierittely." in timeline
    assert "Käsittelijä" not in content and manager.email not in content


def test_a_pending_decision_is_never_shown(client, call, admin_and_organisation, manager,
                                           django_capture_on_commit_callbacks):
    user, organisation = admin_and_organisation
    proposal = make_proposal(call, organisation, user, status=S.IN_REVIEW)
    ProposalTransition.objects.create(proposal=proposal, from_status=S.SCREENING,
                                      to_status=S.IN_REVIEW, at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        workflow.decide(proposal, "rejected", by=manager,
                        letter="SALAINEN KIRJE: ehdotusta ei valittu.")
    client.force_login(user)
    pages = [client.get(address).content.decode() for address in (
        url("detail", proposal.public_id, language="en"), url("mine", language="en"),
        "/en/supplier/")]
    for content in pages:
        assert "SALAINEN KIRJE" not in content
        assert "Not selected" not in content and "Decision pending" not in content
        assert "Decision:" not in content
    assert "In review" in pages[0] and "In review" in pages[1]
    # Nor in the personal data the user can download.
    data = personal_data.export_json(user)
    assert "SALAINEN" not in data and "rejected" not in data and "decision_pending" not in data

    with django_capture_on_commit_callbacks(execute=True):
        workflow.release_decisions(call, by=manager)
    content = client.get(url("detail", proposal.public_id, language="en")).content.decode()
    assert "SALAINEN KIRJE: ehdotusta ei valittu." in content
    assert "Not selected" in content


def test_an_ineligible_proposal_shows_the_reason(client, call, admin_and_organisation):
    user, organisation = admin_and_organisation
    proposal = make_proposal(call, organisation, user, status=S.INELIGIBLE,
                             status_reason="Ei kuulu haun kohderyhmään.")
    client.force_login(user)
    content = client.get(url("detail", proposal.public_id, language="en")).content.decode()
    assert "so it is not reviewed" in content
    assert "Ei kuulu haun kohderyhmään." in content
    assert "Nothing is asked of you now." in content


# --- The list by call ---------------------------------------------------------------------

@pytest.mark.parametrize("count", [1, 3])
def test_the_list_groups_proposals_by_call_in_a_fixed_number_of_queries(
        client, admin_and_organisation, make_organisation, count, django_assert_num_queries,
        organisation_details):
    user, organisation = admin_and_organisation
    second = make_organisation(user, name="Toinen Oy")
    calls = [make_call() for _ in range(count)]
    for index, each in enumerate(calls):
        make_proposal(each, organisation, user, title=f"Ehdotus {index}")
        make_proposal(each, second, user, title=f"Toisen ehdotus {index}", problem="",
                      status=S.DRAFT)
    client.force_login(user)
    client.get(url("mine"))  # the session and the site's root paths, cached
    with django_assert_num_queries(15):
        response = client.get(url("mine", language="en"))
    content = response.content.decode()
    for index, each in enumerate(calls):
        assert each.title in content
        assert f"Ehdotus {index}" in content and f"Toisen ehdotus {index}" in content
    assert content.count('class="card"') == 2 * count
    assert "· one thing still needed" in content
    assert "Toinen Oy" in content  # the organisation, as the user has two


def test_the_list_shows_only_the_users_organisations(client, call, admin_and_organisation,
                                                     make_organisation, make_user):
    user, organisation = admin_and_organisation
    make_proposal(call, organisation, user, title="Meidän ehdotus")
    other_user = make_user()
    make_proposal(call, make_organisation(other_user), other_user, title="Muiden ehdotus")
    client.force_login(user)
    content = client.get(url("mine")).content.decode()
    assert "Meidän ehdotus" in content and "Muiden ehdotus" not in content
