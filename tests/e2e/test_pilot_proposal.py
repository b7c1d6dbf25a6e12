"""A provider makes a pilot proposal in Chromium: signs in, starts a proposal to an open call,
saves a draft that has an error (nothing typed is lost), attaches a PDF, sends the proposal
and finds it on My page; the Swedish form too. Every page is checked with axe."""

import re

import pytest
from playwright.sync_api import expect

from pilots.enums import ProposalStatus
from pilots.models import Proposal
from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.test_event_page_registration import sign_in
from tests.e2e.test_public_pages import assert_accessible
from tests.pilots.supplier_helpers import PDF


def provider(page, base_url, language):
    """A signed-in provider's user, the admin of an organisation."""
    user = sign_in(page, base_url, language, f"pilotoija.{language}@hoiva.example.fi")
    organisation = factories.AdminMembershipFactory(
        user=user, organisation__name=f"Pilottihoiva {language} Oy").organisation
    return user, organisation


def make_call(**fields):
    """An open pilot call (PilotCallPageFactory) with one required question."""
    return factories.PilotCallPageFactory(questions=[
        {"label": "Montako asiakasta?", "kind": "short_text", "required": True}], **fields)


def fill_proposal(form, *, contact_email):
    form.locator("#proposal-title").fill("Etäkaveri")
    form.locator("#proposal-summary").fill("Viikoittaiset videotapaamiset ikäihmisille.")
    form.locator("#proposal-problem").fill("Yksinäisyys kotihoidossa.")
    form.locator("#proposal-solution").fill("Tabletti ja vapaaehtoiset kaverit.")
    form.locator("#proposal-target_group").fill("Kotihoidon asiakkaat, noin 40")
    form.locator("input[name=municipalities][value='905']").check()
    form.locator("#proposal-expected_impact").fill("Vähemmän yksinäisyyttä.")
    form.locator("#proposal-budget").fill("25 000")
    form.locator("#proposal-contact_email").fill(contact_email)


def test_a_provider_makes_and_sends_a_proposal(page, site):
    user, organisation = provider(page, site.url, "fi")
    call = make_call()
    question = call.questions.get()

    page.goto(f"{site.url}/fi/pilots/calls/{call.pk}/propose/")
    assert page.locator("html").get_attribute("lang") == "fi"
    expect(page.locator("main")).to_contain_text(organisation.name)
    assert_accessible(page)

    # A draft with a wrong address: the error is listed and everything typed is still there.
    form = page.locator("form.proposal-form")
    fill_proposal(form, contact_email="ei-osoite")
    follow(form.locator("button[value=save]"))
    expect(page.locator(".error-summary")).to_be_visible()
    assert page.locator("#proposal-title").input_value() == "Etäkaveri"
    assert page.locator("#proposal-budget").input_value() == "25 000"
    assert page.locator("input[name=municipalities][value='905']").is_checked()
    assert page.locator("#proposal-contact_email").input_value() == "ei-osoite"
    assert not Proposal.objects.exists()
    assert_accessible(page)

    # Corrected, with a PDF attached: the draft is saved.
    page.locator("#proposal-contact_email").fill(user.email)
    page.locator("#proposal-attachments").set_input_files(
        files=[{"name": "suunnitelma.pdf", "mimeType": "application/pdf", "buffer": PDF}])
    follow(page.locator("form.proposal-form button[value=save]"))
    page.wait_for_url(re.compile(r"/fi/pilots/proposals/[0-9a-f-]+/edit/$"))
    proposal = Proposal.objects.get()
    assert proposal.status == ProposalStatus.DRAFT and proposal.language == "fi"
    assert proposal.organisation == organisation and proposal.budget == 25000
    assert list(proposal.attachments.values_list("filename", flat=True)) == ["suunnitelma.pdf"]
    expect(page.locator(".messages")).to_be_visible()
    expect(page.locator("form.proposal-form")).to_contain_text("suunnitelma.pdf")
    assert_accessible(page)

    # The call's question answered, then on to the confirmation and send.
    page.locator(f"#proposal-q_{question.translation_key.hex}").fill("40")
    follow(page.locator("form.proposal-form button[value=send]"))
    page.wait_for_url(re.compile(r"/send/$"))
    expect(page.locator("main")).to_contain_text("Tabletti ja vapaaehtoiset kaverit.")
    assert_accessible(page)
    follow(page.locator("main form button[type=submit]"))
    page.wait_for_url(re.compile(r"/fi/pilots/proposals/[0-9a-f-]+/$"))
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED
    assert proposal.answers == {str(question.translation_key): "40"}
    expect(page.locator(".status--submitted")).to_be_visible()
    expect(page.locator("main")).to_contain_text("suunnitelma.pdf")
    assert_accessible(page)

    # My page and the list of the organisation's proposals.
    page.goto(f"{site.url}/fi/supplier/")
    section = page.locator("#dashboard-proposals").locator("..")
    expect(section).to_contain_text("Etäkaveri")
    expect(section).to_contain_text(proposal.reference)
    assert_accessible(page)
    page.goto(f"{site.url}/fi/pilots/proposals/")
    expect(page.locator("main")).to_contain_text(call.title)
    assert_accessible(page)
    page.goto(f"{site.url}/fi/pilots/proposals/{proposal.public_id}/withdraw/")
    assert_accessible(page)


def test_the_swedish_form(page, site):
    user, organisation = provider(page, site.url, "sv")
    call = factories.translate(make_call(), "sv", title="Ensamhet bland äldre")
    page.goto(f"{site.url}/sv/pilots/calls/{call.pk}/propose/")
    assert page.locator("html").get_attribute("lang") == "sv"
    expect(page.locator("main")).to_contain_text(call.title)
    # Municipalities by their Swedish names.
    expect(page.locator("label[for^=proposal-municipalities]", has_text="Vasa")).to_have_count(1)
    assert_accessible(page)
    form = page.locator("form.proposal-form")
    fill_proposal(form, contact_email=user.email)
    follow(form.locator("button[value=save]"))
    page.wait_for_url(re.compile(r"/sv/pilots/proposals/[0-9a-f-]+/edit/$"))
    proposal = Proposal.objects.get()
    assert proposal.language == "sv" and proposal.organisation == organisation
    assert_accessible(page)
    page.goto(f"{site.url}/sv/pilots/proposals/{proposal.public_id}/")
    assert_accessible(page)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_a_closed_call_and_a_user_without_an_organisation_are_told_why(
        page, site, language):
    sign_in(page, site.url, language, f"ilman.{language}@example.fi")
    call = make_call()
    closed = make_call(opens_days=-20, deadline_days=-1)
    if language == "sv":
        call, closed = factories.translate(call, "sv"), factories.translate(closed, "sv")
    page.goto(f"{site.url}/{language}/pilots/calls/{call.pk}/propose/")
    expect(page.locator("main a.button[href$='/supplier/new/']")).to_be_visible()
    assert_accessible(page)
    page.goto(f"{site.url}/{language}/pilots/calls/{closed.pk}/propose/")
    expect(page.locator("main .notice")).to_be_visible()
    assert_accessible(page)
