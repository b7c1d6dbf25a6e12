"""Who reaches the staff's pilot screens: pilot managers everything, reviewers only the
proposals assigned to them (404 for any other, and once recused), staff without the pilot
permissions a 403, suppliers and anonymous visitors the sign-in."""

import pytest

from pilots import assignment
from pilots.enums import ProposalStatus
from pilots.models import CriterionScore

from .admin_helpers import attach, criteria_of, give_review, proposal_url, url

S = ProposalStatus
pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(call, manager, reviewers, proposals):
    """Two proposals in review: the first assigned to reviewer 0, the second to reviewer 1."""
    mine, theirs = proposals(2)
    assignment.assign(mine, reviewers[0], by=manager)
    assignment.assign(theirs, reviewers[1], by=manager)
    return {"mine": mine, "theirs": theirs, "attachment": attach(theirs),
            "own_attachment": attach(mine)}


def call_urls(call):
    return [url(name, call.pk) for name in (
        "pilots_call_proposals", "pilots_ranking", "pilots_ranking_csv", "pilots_ranking_xlsx",
        "pilots_assign_evenly", "pilots_release")]


def manager_proposal_urls(proposal):
    return [proposal_url(proposal, name) for name in (
        "pilots_assign", "pilots_decide", "pilots_follow_up")] + [
        url("pilots_move", proposal.public_id, "decision_pending")]


def reviewer_urls(proposal, attachment):
    return [proposal_url(proposal), proposal_url(proposal, "pilots_review"),
            url("pilots_attachment", proposal.public_id, attachment.pk)]


def every_url(call, setting):
    proposal = setting["theirs"]
    return [url("pilots_admin_home"), *call_urls(call), *manager_proposal_urls(proposal),
            *reviewer_urls(proposal, setting["attachment"])]


def test_staff_without_the_pilot_permissions_get_403(client, call, editor, setting):
    client.force_login(editor)
    for address in every_url(call, setting):
        assert client.get(address).status_code == 403, address
    assert client.post(url("pilots_move", setting["theirs"].public_id, "in_review")) \
        .status_code == 403


def test_visitors_are_sent_to_sign_in_and_suppliers_refused(client, call, supplier, setting):
    addresses = every_url(call, setting)
    assert addresses
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 302, address
        assert "login" in response["Location"], address
    # A signed-in supplier sent to sign in would come straight back: refused, followed to
    # the final page.
    client.force_login(supplier)
    for address in addresses:
        response = client.get(address, follow=True)
        assert response.status_code == 403 and not response.redirect_chain, address
        assert "Ylläpito on hyvinvointialueen henkilöstölle" in response.content.decode()


def test_an_unassigned_reviewer_gets_404(client, reviewers, setting):
    client.force_login(reviewers[0])
    for address in reviewer_urls(setting["theirs"], setting["attachment"]):
        assert client.get(address).status_code == 404, address
    # Nor through their own proposal's address with the other's attachment.
    assert client.get(url("pilots_attachment", setting["mine"].public_id,
                          setting["attachment"].pk)).status_code == 404
    assert client.post(proposal_url(setting["theirs"], "pilots_review"),
                       {"declaration": "no_conflict"}).status_code == 404


def test_reviewers_get_403_on_the_managers_screens(client, call, reviewers, setting):
    client.force_login(reviewers[0])
    for address in call_urls(call) + manager_proposal_urls(setting["mine"]):
        assert client.get(address).status_code == 403, address
    response = client.post(url("pilots_move", setting["mine"].public_id, "decision_pending"))
    assert response.status_code == 403
    setting["mine"].refresh_from_db()
    assert setting["mine"].status == S.IN_REVIEW


def test_an_assigned_reviewer_reaches_their_review_and_the_files(client, reviewers, setting):
    client.force_login(reviewers[0])
    mine = setting["mine"]
    response = client.get(proposal_url(mine))
    assert response.status_code == 302
    assert response["Location"] == proposal_url(mine, "pilots_review")
    assert client.get(proposal_url(mine, "pilots_review")).status_code == 200
    item = setting["own_attachment"]
    response = client.get(url("pilots_attachment", mine.public_id, item.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"
    response.close()


def test_attachments_are_downloads_never_shown_inline(client, manager, setting):
    client.force_login(manager)
    item = setting["attachment"]
    response = client.get(url("pilots_attachment", setting["theirs"].public_id, item.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="budjetti.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    assert "sandbox" in response["Content-Security-Policy"]
    response.close()


def test_a_recused_reviewer_loses_access_and_their_scores(client, call, manager, reviewers,
                                                          setting):
    mine = setting["mine"]
    own = mine.assignments.get(reviewer=reviewers[0])
    assignment.declare_no_conflict(own, by=reviewers[0])
    first, _second = criteria_of(call)
    assignment.save_review(own, by=reviewers[0], scores={first.translation_key: (3, "")})
    assert CriterionScore.objects.filter(assignment=own).count() == 1
    # Another reviewer's submitted review, which a recused one must not see.
    give_review(mine, reviewers[2], manager, [5, 10], comment="Salainen arvio.")
    assignment.recuse(own, by=reviewers[0], reason="Entinen työnantaja.")
    assert not CriterionScore.objects.filter(assignment=own).exists()
    client.force_login(reviewers[0])
    for address in reviewer_urls(mine, setting["own_attachment"]):
        assert client.get(address).status_code == 404, address
    html = client.get(url("pilots_admin_home")).content.decode()
    assert mine.reference in html and proposal_url(mine, "pilots_review") not in html


def test_drafts_are_not_for_staff(client, manager, proposals):
    (draft,) = proposals(1, status=S.DRAFT)
    client.force_login(manager)
    assert client.get(proposal_url(draft)).status_code == 404


def test_managers_reach_everything(client, call, manager, setting):
    client.force_login(manager)
    for address in [url("pilots_admin_home"), *call_urls(call),
                    *reviewer_urls(setting["theirs"], setting["attachment"])[:1],
                    proposal_url(setting["theirs"], "pilots_assign"),
                    proposal_url(setting["theirs"], "pilots_decide")]:
        assert client.get(address).status_code == 200, address


def test_a_404_in_the_admin_is_not_sent_to_the_public_site(client, manager):
    """The admin's URLs have no language prefix; the public site's still get one added."""
    client.force_login(manager)
    assert client.get("/admin/pilots/proposals/00000000-0000-0000-0000-000000000000/") \
        .status_code == 404
    response = client.get("/no-such-page/")
    assert response.status_code == 302 and response["Location"] == "/fi/no-such-page/"
