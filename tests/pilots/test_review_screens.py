"""The reviewer's screens: "My reviews", the conflict-of-interest declaration before anything
of the scoring, the score form (save, submit, submit and next), others' reviews hidden until
one's own is in, and anonymised review."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pilots import assignment
from pilots.enums import ConflictStatus, ProposalStatus
from pilots.models import CriterionScore, PilotCallPage, ReviewAssignment

from .admin_helpers import criteria_of, give_review, prefer_language, proposal_url, url

S = ProposalStatus
pytestmark = pytest.mark.django_db


@pytest.fixture
def assigned(call, manager, reviewers, proposals):
    """A proposal in review assigned to reviewer 0, whose review is still to declare."""
    (proposal,) = proposals(1)
    return assignment.assign(proposal, reviewers[0], by=manager)


def scores_data(call, first, second, *, action="submit", **extra):
    one, two = criteria_of(call)
    return {f"score_{one.translation_key.hex}": first, f"comment_{one.translation_key.hex}": "",
            f"score_{two.translation_key.hex}": second,
            f"comment_{two.translation_key.hex}": "Realistinen.", "comment": "Kelpo.",
            "action": action, **extra}


def test_nothing_of_the_scoring_shows_before_the_declaration(client, call, manager, reviewers,
                                                             assigned):
    proposal = assigned.proposal
    give_review(proposal, reviewers[1], manager, [5, 10], comment="Toisen arvio.")
    client.force_login(reviewers[0])
    address = proposal_url(proposal, "pilots_review")
    html = client.get(address).content.decode()
    assert proposal.title in html and 'name="declaration"' in html
    for hidden in ("Asiakashyöty", "Toteutettavuus", "score_", "Toisen arvio.", "100.00",
                   "100,00"):
        assert hidden not in html, hidden
    # Scores posted before declaring are not taken.
    response = client.post(address, scores_data(call, 5, 10))
    assert response.status_code == 200
    assert not CriterionScore.objects.filter(assignment=assigned).exists()
    assigned.refresh_from_db()
    assert assigned.conflict == ConflictStatus.UNDECLARED


def test_declaring_no_conflict_opens_the_score_form(client, call, reviewers, assigned):
    client.force_login(reviewers[0])
    address = proposal_url(assigned.proposal, "pilots_review")
    response = client.post(address, {"declaration": "no_conflict"})
    assert response.status_code == 302 and response["Location"] == address
    assigned.refresh_from_db()
    assert assigned.conflict == ConflictStatus.NO_CONFLICT
    html = client.get(address).content.decode()
    first, second = criteria_of(call)
    assert first.name in html and f'name="score_{first.translation_key.hex}"' in html
    assert 'max="10"' in html


def test_recusal_needs_a_reason_and_ends_the_access(client, reviewers, assigned):
    client.force_login(reviewers[0])
    address = proposal_url(assigned.proposal, "pilots_review")
    response = client.post(address, {"declaration": "recuse", "reason": " "})
    assert response.status_code == 200
    assigned.refresh_from_db()
    assert assigned.conflict == ConflictStatus.UNDECLARED
    response = client.post(address, {"declaration": "recuse", "reason": "Omistan osakkeita."})
    assert response.status_code == 302 and response["Location"] == url("pilots_admin_home")
    assigned.refresh_from_db()
    assert assigned.conflict == ConflictStatus.RECUSED
    assert assigned.recusal_reason == "Omistan osakkeita."
    assert client.get(address).status_code == 404


def test_saving_keeps_the_review_open_and_submitting_needs_every_score(client, call, reviewers,
                                                                       assigned):
    assignment.declare_no_conflict(assigned, by=reviewers[0])
    client.force_login(prefer_language(reviewers[0], "en"))
    address = proposal_url(assigned.proposal, "pilots_review")
    response = client.post(address, scores_data(call, "4", "", action="save"))
    assert response.status_code == 302
    assigned.refresh_from_db()
    assert assigned.submitted_at is None and assigned.comment == "Kelpo."
    assert [score.score for score in assigned.scores.all()] == [4]
    response = client.post(address, scores_data(call, "4", "", action="submit"))
    assert response.status_code == 200
    assert "Score every criterion before submitting" in response.content.decode()
    assigned.refresh_from_db()
    assert assigned.submitted_at is None
    response = client.post(address, scores_data(call, "6", "5", action="submit"))
    assert response.status_code == 200  # 6 is above the scale 0–5
    assigned.refresh_from_db()
    assert assigned.submitted_at is None
    response = client.post(address, scores_data(call, "4", "5", action="submit",
                                                share_with_submitter="on"))
    assert response.status_code == 302
    assigned.refresh_from_db()
    assert assigned.submitted_at is not None and assigned.share_with_submitter
    # A submitted review is shown, not offered for change.
    html = client.get(address).content.decode()
    assert "score_" not in html and "68.00" in html
    client.post(address, scores_data(call, "1", "1", action="submit"))
    assert sorted(score.score for score in assigned.scores.all()) == [4, 5]


def test_others_reviews_are_hidden_until_ones_own_is_in(client, call, manager, reviewers,
                                                        assigned):
    proposal = assigned.proposal
    give_review(proposal, reviewers[1], manager, [5, 10], comment="Toisen arvio.")
    assignment.declare_no_conflict(assigned, by=reviewers[0])
    client.force_login(prefer_language(reviewers[0], "en"))
    address = proposal_url(proposal, "pilots_review")
    html = client.get(address).content.decode()
    assert "Toisen arvio." not in html and reviewers[1].email not in html
    assert "100.00" not in html
    client.post(address, scores_data(call, "1", "2"))
    html = client.get(address).content.decode()
    assert "Toisen arvio." in html and reviewers[1].email in html
    # Managers always see the reviews, submitted or not.
    give_review(proposal, reviewers[2], manager, [2, 2], comment="Kesken.", submit=False)
    client.force_login(manager)
    html = client.get(proposal_url(proposal)).content.decode()
    assert "Toisen arvio." in html and "Kesken." in html


def test_submit_and_next_goes_to_the_proposal_with_the_fewest_reviews(
        client, call, manager, reviewers, proposals):
    current, crowded, quiet = proposals(3)
    for proposal in (current, crowded, quiet):
        own = assignment.assign(proposal, reviewers[0], by=manager)
        assignment.declare_no_conflict(own, by=reviewers[0])
    give_review(crowded, reviewers[1], manager, [3, 3])
    give_review(crowded, reviewers[2], manager, [3, 3])
    give_review(quiet, reviewers[1], manager, [3, 3])
    client.force_login(reviewers[0])
    response = client.post(proposal_url(current, "pilots_review"),
                           scores_data(call, "3", "3", action="submit_next"))
    assert response.status_code == 302
    assert response["Location"] == proposal_url(quiet, "pilots_review")
    response = client.post(proposal_url(quiet, "pilots_review"),
                           scores_data(call, "3", "3", action="submit_next"))
    assert response["Location"] == proposal_url(crowded, "pilots_review")
    response = client.post(proposal_url(crowded, "pilots_review"),
                           scores_data(call, "3", "3", action="submit_next"))
    assert response["Location"] == url("pilots_admin_home")


def test_my_reviews_lists_each_assignment_with_its_stage(client, call, manager, reviewers,
                                                         proposals):
    undeclared, to_score, submitted, recused, other = proposals(5)
    for proposal in (undeclared, to_score, recused):
        assignment.assign(proposal, reviewers[0], by=manager)
    assignment.declare_no_conflict(to_score.assignments.get(), by=reviewers[0])
    assignment.recuse(recused.assignments.get(), by=reviewers[0], reason="Sukulainen.")
    give_review(submitted, reviewers[0], manager, [1, 1])
    give_review(other, reviewers[1], manager, [1, 1])
    client.force_login(prefer_language(reviewers[0], "en"))
    html = client.get(url("pilots_admin_home")).content.decode()
    assert other.reference not in html
    for proposal, stage in ((undeclared, "declare"), (to_score, "score"),
                            (submitted, "submitted"), (recused, "recused")):
        start = html.index(proposal.reference)
        row = html[start:html.index("</tr>", start)]
        assert f"pilots-stage-{stage}" in row, stage
    assert "To declare: conflict of interest" in html and "To score" in html
    assert "Pilot calls" not in html  # the calls are for managers


def test_anonymised_review_hides_who_sent_the_proposal(client, call, manager, reviewers,
                                                       assigned, supplier):
    PilotCallPage.objects.filter(pk=call.pk).update(anonymised_review=True)
    proposal = assigned.proposal
    proposal.team = "Tiimissä sairaanhoitaja ja fysioterapeutti."
    proposal.save()
    client.force_login(prefer_language(reviewers[0], "en"))
    address = proposal_url(proposal, "pilots_review")
    secrets = (proposal.organisation.name, proposal.organisation.business_id,
               proposal.contact_email, supplier.email)
    for page in (client.get(address).content.decode(),):
        assert not any(secret in page for secret in secrets)
    client.post(address, {"declaration": "no_conflict"})
    html = client.get(address).content.decode()
    assert not any(secret in html for secret in secrets)
    assert "sairaanhoitaja ja fysioterapeutti" in html
    assert "Anonymised review" in html
    client.force_login(manager)
    html = client.get(proposal_url(proposal)).content.decode()
    assert all(secret in html for secret in secrets[:3])


def test_a_proposal_not_in_review_cannot_be_scored_yet(client, call, manager, reviewers,
                                                       proposals):
    (proposal,) = proposals(1, status=S.SCREENING)
    own = assignment.assign(proposal, reviewers[0], by=manager)
    assignment.declare_no_conflict(own, by=reviewers[0])
    client.force_login(reviewers[0])
    address = proposal_url(proposal, "pilots_review")
    assert "score_" not in client.get(address).content.decode()
    client.post(address, scores_data(call, "3", "3"))
    assert not ReviewAssignment.objects.get(pk=own.pk).scores.exists()


@pytest.mark.parametrize("count", [1, 4])
def test_my_reviews_takes_the_same_queries_whatever_the_number(client, manager, reviewers,
                                                               proposals, count):
    for proposal in proposals(count):
        own = assignment.assign(proposal, reviewers[0], by=manager)
        assignment.declare_no_conflict(own, by=reviewers[0])
    client.force_login(reviewers[0])
    client.get(url("pilots_admin_home"))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url("pilots_admin_home"))
    assert response.status_code == 200 and response.content.decode().count("pilots-stage-") \
        == count
    assert len(queries) == 10, [query["sql"] for query in queries]
