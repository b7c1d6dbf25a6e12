"""Decisions: the letter from the template of the proposal's language with the review
feedback staff choose, the decision held, the preview of each e-mail, and the release that
sends them once, and only then."""

import pytest
from django.core import mail

from pilots import letters
from pilots.enums import ProposalStatus
from portal.notifications.models import OutboundEmail

from .admin_helpers import give_review, prefer_language, proposal_url, url
from .helpers import make_proposal, translate_call

S = ProposalStatus
pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish_call(call):
    return translate_call(call, "sv")


@pytest.fixture
def swedish_proposal(swedish_call, organisation, supplier):
    return make_proposal(swedish_call, organisation, supplier, status=S.IN_REVIEW,
                         language="sv", title="Distansvän")


@pytest.fixture
def staff(client, manager):
    client.force_login(prefer_language(manager, "en"))
    return client


def decide(client, proposal, **data):
    return client.post(proposal_url(proposal, "pilots_decide"), data)


def test_the_letter_is_in_the_proposals_language(call, swedish_call, proposals,
                                                  swedish_proposal):
    (finnish,) = proposals(1, title="Etäkaveri")
    letter = letters.decision_letter(finnish, "accepted")
    assert "”Etäkaveri”" in letter and finnish.reference in letter
    assert f"pilottihakuun ”{call.title}”" in letter
    assert "Ehdotuksenne on valittu pilotoitavaksi." in letter
    letter = letters.decision_letter(swedish_proposal, "accepted")
    assert f"till pilotutlysningen ”{swedish_call.title}”" in letter
    assert "Ert förslag har valts ut som pilot." in letter
    assert "Med vänliga hälsningar" in letter
    assert "reservlistan" in letters.decision_letter(swedish_proposal, "reserve")
    assert "varalistalla" in letters.decision_letter(finnish, "reserve")
    assert "valdes inte ut som pilot i den här utlysningen" in \
        letters.decision_letter(swedish_proposal, "rejected")
    assert "ei valittu pilotoitavaksi tässä haussa" in \
        letters.decision_letter(finnish, "rejected")


def test_the_page_fills_in_the_letter_with_the_chosen_feedback(staff, manager, reviewers,
                                                                swedish_proposal):
    shared = give_review(swedish_proposal, reviewers[0], manager, [4, 5],
                         comment="Tydlig nytta.", share=True, comments=("Bra plan.", ""))
    give_review(swedish_proposal, reviewers[1], manager, [2, 2], comment="Inte för ögon.",
                share=False)
    address = proposal_url(swedish_proposal, "pilots_decide")
    html = staff.get(address).content.decode()
    assert "Tydlig nytta." in html and "Bra plan." in html
    assert "Inte för ögon." not in html
    response = staff.post(address, {"decision": "rejected", "feedback": [f"r{shared.pk}"],
                                    "action": "prefill", "letter": ""})
    html = response.content.decode()
    assert response.status_code == 200
    letter = html[html.index('name="letter"'):html.index("</textarea>")]
    assert "valdes inte ut som pilot" in letter
    assert "– Tydlig nytta." in letter and "Bra plan." not in letter
    # Without a decision there is no template to fill in.
    response = staff.post(address, {"action": "prefill", "letter": ""})
    assert "Choose the decision first." in response.content.decode()


def test_a_decision_is_held_and_nothing_is_sent(staff, proposals,
                                                django_capture_on_commit_callbacks):
    (proposal,) = proposals(1)
    response = decide(staff, proposal, decision="accepted", letter=" ", action="save")
    assert response.status_code == 200  # an empty letter is refused
    with django_capture_on_commit_callbacks(execute=True):
        response = decide(staff, proposal, decision="accepted", action="save",
                          letter="Valittu!")
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == S.DECISION_PENDING
    assert (proposal.pending_decision, proposal.decision_letter) == ("accepted", "Valittu!\n")
    assert not OutboundEmail.objects.filter(to=proposal.contact_email).exists()
    assert mail.outbox == []
    # Deciding twice is not possible: a held decision is reopened first.
    response = decide(staff, proposal, decision="rejected", action="save", letter="Ei.")
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.pending_decision == "accepted"


def test_the_release_sends_each_email_as_previewed_once_and_only_then(
        staff, call, proposals, swedish_proposal, django_capture_on_commit_callbacks):
    (finnish,) = proposals(1)
    with django_capture_on_commit_callbacks(execute=True):
        decide(staff, finnish, decision="accepted", action="save",
               letter=letters.decision_letter(finnish, "accepted"))
        decide(staff, swedish_proposal, decision="rejected", action="save",
               letter=letters.decision_letter(swedish_proposal, "rejected"))
    assert mail.outbox == []
    finnish.refresh_from_db()
    swedish_proposal.refresh_from_db()
    previews = {proposal.pk: letters.release_preview(proposal)
                for proposal in (finnish, swedish_proposal)}
    address = url("pilots_release", call.pk)
    html = staff.get(address).content.decode()
    for proposal in (finnish, swedish_proposal):
        subject, _text, _html = previews[proposal.pk]
        assert subject in html and proposal.contact_email in html
    assert "Ert förslag valdes inte ut som pilot" in html
    assert "Ehdotuksenne on valittu pilotoitavaksi." in html
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(address)
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    for proposal in (finnish, swedish_proposal):
        proposal.refresh_from_db()
        email = OutboundEmail.objects.get(to=proposal.contact_email,
                                          subject=previews[proposal.pk][0])
        assert (email.subject, email.text_body) == previews[proposal.pk][:2]
        assert email.language == proposal.language
    assert finnish.status == S.ACCEPTED and swedish_proposal.status == S.REJECTED
    sent = {message.subject: message for message in mail.outbox}
    assert "Ert förslag valdes inte ut som pilot" in sent[previews[swedish_proposal.pk][0]].body
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(address)
    assert len(mail.outbox) == 2
    assert "No decisions are held" in staff.get(address).content.decode()


def test_only_a_proposal_in_review_is_decided(staff, proposals):
    (proposal,) = proposals(1, status=S.SCREENING)
    response = staff.get(proposal_url(proposal, "pilots_decide"))
    assert response.status_code == 302 and response["Location"] == proposal_url(proposal)
