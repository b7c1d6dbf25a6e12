"""The supplier's proposal pages: starting a proposal to an open call, the form with its
drafts, errors and attachments, sending and withdrawing, and the deadline rules."""

import datetime
import re
import uuid

import pytest
from django.core import mail
from django.utils import timezone

from pilots.answers import question_field_name
from pilots.enums import ProposalStatus
from pilots.models import CallQuestion, Proposal, ProposalAttachment, ProposalTransition

from .helpers import make_call, make_proposal, translate_call
from .supplier_helpers import (
    EXECUTABLE,
    PDF,
    form_data,
    image_bytes,
    ooxml_bytes,
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
def supplier(admin_and_organisation, client):
    user, organisation = admin_and_organisation
    client.force_login(user)
    return user, organisation


def create_post(client, call, organisation, token=None, language="fi", **fields):
    data = {"organisation": organisation.pk, "token": str(token or uuid.uuid4()),
            **form_data(call, **fields)}
    return client.post(url("create", call.pk, language=language), data)


# --- Starting a proposal ----------------------------------------------------------------------

def test_the_form_is_for_the_organisation_the_user_acts_for(client, supplier, call):
    user, organisation = supplier
    response = client.get(url("create", call.pk, language="en"))
    assert response.status_code == 200
    content = response.content.decode()
    assert f"You act for {organisation.name}." in content
    assert "Act for another organisation" in content
    assert f'value="{user.email}"' in content  # the contact e-mail, filled in
    assert 'name="token"' in content and f'name="organisation" value="{organisation.pk}"' \
        in content
    # Municipalities by name, every one of the county's when the call names none.
    assert content.count('name="municipalities"') == 14 and "Vaasa</label>" in content


def test_a_user_without_an_organisation_is_told_how_to_get_one(client, make_user, call):
    client.force_login(make_user())
    response = client.get(url("create", call.pk, language="en"))
    assert response.status_code == 200
    assert b"Register your organisation first" in response.content
    assert b'name="token"' not in response.content


def test_an_unpublished_call_is_not_found(client, supplier):
    draft_call = make_call(publish=False)
    assert client.get(url("create", draft_call.pk)).status_code == 404
    assert client.get(url("create", 999999)).status_code == 404


def test_a_coming_or_closed_call_takes_no_proposals(client, supplier):
    user, organisation = supplier
    coming = make_call(opens_days=5, deadline_days=30)
    closed = make_call(opens_days=-30, deadline_days=-1)
    response = client.get(url("create", coming.pk, language="en"))
    assert b"The call opens on" in response.content
    response = client.get(url("create", closed.pk, language="en"))
    assert b"New proposals can no longer be made" in response.content
    for each in (coming, closed):
        response = create_post(client, each, organisation)
        assert response.status_code == 200
    assert not Proposal.objects.exists()


def test_a_draft_is_saved_with_only_what_was_written(client, supplier, call):
    user, organisation = supplier
    response = create_post(client, call, organisation, title="Alustava idea", summary="",
                           problem="", solution="", municipalities=[], budget="",
                           contact_email=user.email)
    proposal = Proposal.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("edit", proposal.public_id)
    assert (proposal.title, proposal.summary, proposal.status) == ("Alustava idea", "", S.DRAFT)
    assert proposal.organisation == organisation and proposal.created_by == user
    assert proposal.language == "fi" and proposal.contact_email == user.email
    assert proposal.call_key == call.translation_key
    assert proposal.budget is None
    assert not ProposalTransition.objects.exists()


def test_the_form_stores_every_field_and_the_answers_by_question(client, supplier, call):
    user, organisation = supplier
    create_post(client, call, organisation, budget="25 000,50", municipalities=["905", "499"])
    proposal = Proposal.objects.get()
    question = call.questions.get()
    assert proposal.answers == {str(question.translation_key): "40"}
    assert str(proposal.budget) == "25000.50"
    assert sorted(term.code for term in proposal.municipalities.all()) == ["499", "905"]
    assert proposal.contact_email == "yhteys@hoiva.example.fi"
    assert (proposal.problem, proposal.timeline) == ("Yksinäisyys.", "Kevät 2027")


def test_the_proposal_is_in_the_language_of_the_page_it_was_made_on(client, supplier, call):
    user, organisation = supplier
    swedish = translate_call(call, "sv")
    # The language switch keeps the Finnish page's id: the Swedish form is of the Swedish call.
    response = client.get(url("create", call.pk, language="sv"))
    assert response.status_code == 302 and response["Location"] == url("create", swedish.pk,
                                                                       language="sv")
    response = client.get(url("create", swedish.pk, language="sv"))
    assert "Vasa" in response.content.decode()
    question = swedish.questions.get()
    assert question.translation_key == call.questions.get().translation_key
    create_post(client, swedish, organisation, language="sv")
    proposal = Proposal.objects.get()
    assert proposal.language == "sv" and proposal.call_key == call.translation_key
    # The answer given on the Swedish form belongs to the Finnish question too.
    assert proposal.answers == {str(call.questions.get().translation_key): "40"}


def test_an_error_keeps_everything_that_was_typed(client, supplier, call):
    user, organisation = supplier
    response = create_post(client, call, organisation, language="en",
                           contact_email="ei-osoite", budget="paljon",
                           title="Etäkaveri-pilotti", solution="Monta\nriviä")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="error-summary"' in content
    assert "Enter an e-mail address such as name@example.fi." in content
    assert "Enter the budget as a number of euros" in content
    assert 'value="Etäkaveri-pilotti"' in content and "Monta\nriviä" in content
    assert 'value="ei-osoite"' in content and 'value="paljon"' in content
    assert re.search(r'value="905" id="proposal-municipalities_\d+"[^>]* checked', content)
    assert not Proposal.objects.exists()


def test_posting_the_create_form_twice_makes_one_proposal(client, supplier, call):
    user, organisation = supplier
    token = uuid.uuid4()
    pdf = upload("suunnitelma.pdf", PDF)
    first = create_post(client, call, organisation, token=token, attachments=[pdf])
    pdf.seek(0)
    second = create_post(client, call, organisation, token=token, attachments=[pdf],
                         title="Etäkaveri 2")
    assert first.status_code == second.status_code == 302
    proposal = Proposal.objects.get()
    assert proposal.public_id == token and proposal.title == "Etäkaveri 2"
    assert proposal.attachments.count() == 1


def test_a_token_of_another_organisations_proposal_is_not_found(
        client, supplier, call, make_organisation):
    user, organisation = supplier
    theirs = make_proposal(call, make_organisation(), user)
    response = create_post(client, call, organisation, token=theirs.public_id, title="Kaappaus")
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.title == "Etäkaveri"


def test_the_form_is_sent_only_for_an_organisation_of_the_user(
        client, supplier, call, make_organisation):
    response = create_post(client, call, make_organisation())
    assert response.status_code == 404
    assert not Proposal.objects.exists()


# --- Editing and attachments --------------------------------------------------------------

def test_attachments_are_uploaded_with_the_form_and_removed_with_it(
        client, supplier, call, django_capture_on_commit_callbacks):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user)
    response = client.post(url("edit", proposal.public_id), form_data(call, attachments=[
        upload("suunnitelma.pdf", PDF), upload("kuvaus.docx", ooxml_bytes("docx")),
        upload("kaavio.png", image_bytes())]))
    assert response.status_code == 302
    stored = {attachment.filename: attachment for attachment in proposal.attachments.all()}
    assert set(stored) == {"suunnitelma.pdf", "kuvaus.docx", "kaavio.png"}
    assert stored["kaavio.png"].content_type == "image/png"
    assert stored["suunnitelma.pdf"].uploaded_by == user

    page = client.get(url("edit", proposal.public_id)).content.decode()
    assert url("attachment", proposal.public_id, stored["kuvaus.docx"].pk) in page
    name = stored["kuvaus.docx"].file.name
    storage = stored["kuvaus.docx"].file.storage
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("edit", proposal.public_id),
                    form_data(call, remove_attachments=[stored["kuvaus.docx"].pk]))
    assert set(proposal.attachments.values_list("filename", flat=True)) == \
        {"suunnitelma.pdf", "kaavio.png"}
    assert not storage.exists(name)


def test_a_refused_file_is_explained_and_the_good_ones_are_kept(client, supplier, call):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user)
    response = client.post(url("edit", proposal.public_id, language="en"), form_data(
        call, title="Uusi otsikko", attachments=[upload("tarjous.pdf", EXECUTABLE),
                                                 upload("suunnitelma.pdf", PDF)]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "tarjous.pdf: This file is a program or a script" in content
    assert 'value="Uusi otsikko"' in content
    # The text is not saved while the form has an error; the good file is, as a browser
    # cannot choose it again by itself, and the page says so.
    proposal.refresh_from_db()
    assert proposal.title == "Etäkaveri"
    assert list(proposal.attachments.values_list("filename", flat=True)) == ["suunnitelma.pdf"]
    assert "The attachment suunnitelma.pdf was saved." in content
    assert "suunnitelma.pdf</a>" in content


def test_a_file_from_another_proposal_cannot_be_removed(client, supplier, call):
    user, organisation = supplier
    mine = make_proposal(call, organisation, user)
    other = make_proposal(call, organisation, user)
    client.post(url("edit", other.public_id),
                form_data(call, attachments=[upload("toinen.pdf", PDF)]))
    attachment = other.attachments.get()
    response = client.post(url("edit", mine.public_id),
                           form_data(call, remove_attachments=[attachment.pk]))
    assert response.status_code == 200
    assert ProposalAttachment.objects.filter(pk=attachment.pk).exists()


def test_a_proposal_has_at_most_the_allowed_number_of_attachments(
        client, supplier, call, settings):
    settings.PILOT_ATTACHMENT_MAX_COUNT = 2
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user)
    response = client.post(url("edit", proposal.public_id, language="en"), form_data(
        call, attachments=[upload(f"liite{n}.pdf", PDF + bytes([n])) for n in range(3)]))
    assert "a proposal can have at most 2 attachments" in response.content.decode()
    assert proposal.attachments.count() == 2


def test_a_member_of_the_organisation_edits_it_too(client, supplier, call, add_member):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user)
    colleague = add_member(organisation)
    client.force_login(colleague)
    response = client.post(url("edit", proposal.public_id), form_data(call, title="Yhdessä"))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.title == "Yhdessä" and proposal.created_by == user


def test_a_draft_cannot_be_changed_after_the_deadline(client, supplier):
    user, organisation = supplier
    call = make_call(opens_days=-30, deadline_days=-1)
    proposal = make_proposal(call, organisation, user)
    response = client.get(url("edit", proposal.public_id, language="en"))
    assert b"The deadline of the call has passed." in response.content
    assert b'type="file"' not in response.content
    response = client.post(url("edit", proposal.public_id), form_data(call, title="Myöhässä"))
    proposal.refresh_from_db()
    assert proposal.title == "Etäkaveri"


def test_a_sent_proposal_is_not_changed_through_the_form(client, supplier, call):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user, status=S.SUBMITTED)
    response = client.get(url("edit", proposal.public_id, language="en"))
    assert b"can be changed only as a draft" in response.content
    client.post(url("edit", proposal.public_id),
                form_data(call, title="Muutos", attachments=[upload("x.pdf", PDF)]))
    proposal.refresh_from_db()
    assert proposal.title == "Etäkaveri" and not proposal.attachments.exists()


def test_a_returned_proposal_is_completed_and_sent_after_the_deadline(client, supplier):
    user, organisation = supplier
    call = make_call(opens_days=-30, deadline_days=-1)
    proposal = make_proposal(call, organisation, user, status=S.RETURNED,
                             status_reason="Liitä budjettierittely.",
                             completion_due=timezone.now() + datetime.timedelta(days=3))
    response = client.get(url("detail", proposal.public_id, language="en"))
    content = response.content.decode()
    assert "Liitä budjettierittely." in content and "send it again by" in content
    response = client.post(url("edit", proposal.public_id),
                           form_data(call, budget_details="Palkat 20 000 €", action="send"))
    assert response["Location"] == url("submit", proposal.public_id)
    response = client.post(url("submit", proposal.public_id))
    proposal.refresh_from_db()
    assert proposal.status == S.SUBMITTED and proposal.budget_details == "Palkat 20 000 €"


def test_a_returned_proposal_cannot_be_sent_after_its_completion_time(client, supplier, call):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user, status=S.RETURNED, status_reason="X",
                             completion_due=timezone.now() - datetime.timedelta(hours=1))
    response = client.post(url("submit", proposal.public_id, language="en"))
    assert b"The time to complete this proposal has passed." in response.content
    proposal.refresh_from_db()
    assert proposal.status == S.RETURNED


# --- Sending --------------------------------------------------------------------------------

def test_sending_shows_what_will_be_sent_first(client, supplier, call):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user)
    response = client.get(url("submit", proposal.public_id, language="en"))
    content = response.content.decode()
    assert "What will be sent" in content and "Viikoittaiset videotapaamiset." in content
    assert "Montako asiakasta?" in content and "Vaasa" in content
    assert "<form method=\"post\"" in content
    assert proposal.status == S.DRAFT


def test_an_incomplete_proposal_is_not_sent_and_the_missing_fields_are_listed(
        client, supplier, call):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user, solution="", answers={})
    response = client.get(url("submit", proposal.public_id, language="en"))
    content = response.content.decode()
    assert "Fill in these before sending:" in content
    assert "<li>The solution</li>" in content and "<li>Montako asiakasta?</li>" in content
    response = client.post(url("submit", proposal.public_id, language="en"))
    assert "Fill in before sending: the solution, Montako asiakasta?." in \
        response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == S.DRAFT


def test_sending_twice_sends_once(client, supplier, call, django_capture_on_commit_callbacks):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url("submit", proposal.public_id))
        second = client.post(url("submit", proposal.public_id))
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == url("detail", proposal.public_id)
    proposal.refresh_from_db()
    assert proposal.status == S.SUBMITTED and proposal.submitted_at is not None
    assert ProposalTransition.objects.filter(proposal=proposal).count() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [proposal.contact_email]


def test_nothing_is_sent_after_the_deadline(client, supplier):
    user, organisation = supplier
    call = make_call(opens_days=-30, deadline_days=-1)
    proposal = make_proposal(call, organisation, user)
    response = client.post(url("submit", proposal.public_id, language="en"))
    assert b"The deadline of the call has passed." in response.content
    proposal.refresh_from_db()
    assert proposal.status == S.DRAFT
    assert not ProposalTransition.objects.exists()
    detail = client.get(url("detail", proposal.public_id, language="en")).content.decode()
    assert "can no longer be sent" in detail
    assert url("submit", proposal.public_id, language="en") not in detail


# --- Withdrawing ----------------------------------------------------------------------------

def test_withdrawing_asks_first_and_records_the_reason(client, supplier, call):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user, status=S.IN_REVIEW)
    response = client.get(url("withdraw", proposal.public_id, language="en"))
    assert b"A withdrawn proposal is not reviewed" in response.content
    proposal.refresh_from_db()
    assert proposal.status == S.IN_REVIEW
    client.post(url("withdraw", proposal.public_id), {"reason": "Resurssit eivät riitä."})
    client.post(url("withdraw", proposal.public_id), {"reason": "Uudestaan"})
    proposal.refresh_from_db()
    assert proposal.status == S.WITHDRAWN
    move = ProposalTransition.objects.get(proposal=proposal)
    assert (move.to_status, move.reason, move.by) == (S.WITHDRAWN, "Resurssit eivät riitä.",
                                                      user)


def test_a_proposal_in_agreement_cannot_be_withdrawn(client, supplier, call):
    user, organisation = supplier
    proposal = make_proposal(call, organisation, user, status=S.AGREEMENT)
    detail = client.get(url("detail", proposal.public_id)).content.decode()
    assert url("withdraw", proposal.public_id) not in detail
    response = client.post(url("withdraw", proposal.public_id))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == S.AGREEMENT


# --- The answers to the call's questions ----------------------------------------------------

def test_required_questions_are_marked_and_choices_kept(client, supplier):
    user, organisation = supplier
    call = make_call()
    choice = CallQuestion.objects.create(call=call, label="Kieli", kind="choice",
                                         choices="suomi\nruotsi", locale=call.locale)
    proposal = make_proposal(call, organisation, user)
    client.post(url("edit", proposal.public_id),
                form_data(call, **{question_field_name(choice): "ruotsi"}))
    proposal.refresh_from_db()
    assert proposal.answers[str(choice.translation_key)] == "ruotsi"
    page = client.get(url("edit", proposal.public_id, language="en")).content.decode()
    assert "Montako asiakasta? (needed before sending)" in page
    assert "Kieli (needed before sending)" not in page
