"""A pilot proposal from submission to decision, in Chromium: a provider fills in and sends a
proposal on the portal; a pilot manager screens it in the Wagtail admin and assigns a
reviewer; the reviewer declares no conflict of interest, scores and submits; the manager
decides with the template's letter and the shared feedback, previews the e-mail and releases
the decision; the supplier's e-mail goes then, not before."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from pilots.enums import ConflictStatus, ProposalStatus
from pilots.models import Proposal, ReviewAssignment
from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.site import PASSWORD
from tests.e2e.test_pilot_proposal import fill_proposal, make_call
from tests.pilots.helpers import add_to_group


def make_person(email, group=None, name=("", "")):
    user = factories.UserFactory(email=email, password=PASSWORD, first_name=name[0],
                                 last_name=name[1])
    if group:
        add_to_group(user, group)
        # The admin in English, so that the test reads the same before and after the
        # catalogues are compiled; the supplier's e-mail stays in the proposal's language.
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
    return user


@pytest.fixture
def people_browser(browser):
    """The browser, with each person's context closed when the test ends: a page left open
    could still call the live server after its database is gone."""
    contexts = []
    original = browser.new_context

    class Tracking:
        def new_context(self, **options):
            context = original(**options)
            contexts.append(context)
            return context

    yield Tracking()
    for context in contexts:
        context.close()


def sign_in(browser, base_url, user, next_url):
    context = browser.new_context(locale="fi-FI")
    page = context.new_page()
    page.goto(f"{base_url}/fi/accounts/login/?next={next_url}")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    follow(page.locator("main form button[type=submit]").first)
    page.wait_for_url(f"**{next_url}")
    return page


def submit(page, selector="main form button[type=submit]"):
    follow(page.locator(selector).first)


def messages_to(address):
    return [message for message in mail.outbox if address in message.to]


def send_proposal(browser, base, call):
    """The provider's part: the proposal form filled in, answered and sent."""
    supplier = make_person("hoiva@example.fi")
    factories.AdminMembershipFactory(user=supplier, organisation__name="Kotihoiva Oy")
    page = sign_in(browser, base, supplier, f"/fi/pilots/calls/{call.pk}/propose/")
    form = page.locator("form.proposal-form")
    fill_proposal(form, contact_email=supplier.email)
    question = call.questions.get()
    page.locator(f"#proposal-q_{question.translation_key.hex}").fill("40")
    follow(form.locator("button[value=send]"))
    page.wait_for_url(re.compile(r"/send/$"))
    follow(page.locator("main form button[type=submit]"))
    page.wait_for_url(re.compile(r"/fi/pilots/proposals/[0-9a-f-]+/$"))
    proposal = Proposal.objects.get()
    assert proposal.status == ProposalStatus.SUBMITTED
    return proposal


def test_a_proposal_is_sent_screened_reviewed_decided_and_released(people_browser, site):
    browser = people_browser
    base = site.url
    call = make_call()
    proposal = send_proposal(browser, base, call)
    manager = make_person("paallikko@hyvaep.fi", "Pilot managers", ("Pia", "Päällikkö"))
    reviewer = make_person("arvioija@hyvaep.fi", "Pilot reviewers", ("Aino", "Arvioija"))
    mail.outbox.clear()

    # The manager finds the call and its proposal through "Pilot reviews".
    staff = sign_in(browser, base, manager, "/admin/pilots/")
    follow(staff.locator(f'main a[href="/admin/pilots/calls/{call.pk}/"]'))
    follow(staff.locator(f'a[href="/admin/pilots/proposals/{proposal.public_id}/"]'))
    expect(staff.locator("main")).to_contain_text(proposal.organisation.name)

    # Screening: start, then eligible.
    for status in ("screening", "in_review"):
        follow(staff.locator(f'a[href$="/move/{status}/"]'))
        submit(staff)
        expect(staff.locator(".messages")).to_contain_text(proposal.reference)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.IN_REVIEW
    assert len(messages_to(proposal.contact_email)) == 1  # "your proposal is in review"

    # Assign the reviewer by hand.
    follow(staff.locator(f'a[href="/admin/pilots/proposals/{proposal.public_id}/assign/"]'))
    staff.locator(f'input[name="reviewers"][value="{reviewer.pk}"]').check()
    submit(staff)
    expect(staff.locator(".pilots-assignments")).to_contain_text("Aino Arvioija")

    # The reviewer: the declaration first, nothing of the scoring before it.
    review = sign_in(browser, base, reviewer, "/admin/pilots/")
    follow(review.locator(f'a[href="/admin/pilots/proposals/{proposal.public_id}/review/"]'))
    expect(review.locator('input[name^="score_"]')).to_have_count(0)
    review.locator('input[name="declaration"][value="no_conflict"]').check()
    submit(review)
    scores = review.locator('input[name^="score_"]')
    expect(scores).to_have_count(2)
    scores.nth(0).fill("4")
    scores.nth(1).fill("9")
    review.locator('textarea[name="comment"]').fill("Selkeä ja toteuttamiskelpoinen malli.")
    review.locator('input[name="share_with_submitter"]').check()
    submit(review, 'button[name="action"][value="submit"]')
    expect(review.locator(".messages")).to_contain_text("submitted")
    own = ReviewAssignment.objects.get(proposal=proposal, reviewer=reviewer)
    assert own.conflict == ConflictStatus.NO_CONFLICT and own.submitted_at is not None

    # The manager decides: the letter from the template, with the shared comment.
    staff.goto(f"{base}/admin/pilots/proposals/{proposal.public_id}/")
    expect(staff.locator(".pilots-reviews")).to_contain_text("Selkeä ja toteuttamiskelpoinen")
    follow(staff.locator('a[href$="/decide/"]'))
    staff.locator('input[name="decision"][value="accepted"]').check()
    staff.locator('input[name="feedback"]').first.check()
    submit(staff, 'button[name="action"][value="prefill"]')
    letter = staff.locator('textarea[name="letter"]')
    expect(letter).to_have_value(re.compile("Ehdotuksenne on valittu pilotoitavaksi"))
    expect(letter).to_have_value(re.compile("Selkeä ja toteuttamiskelpoinen malli"))
    submit(staff, 'button[name="action"][value="save"]')
    proposal.refresh_from_db()
    assert (proposal.status, proposal.pending_decision) == ("decision_pending", "accepted")
    assert len(messages_to(proposal.contact_email)) == 1  # nothing sent yet

    # The release page previews the e-mail exactly; confirming sends it.
    staff.goto(f"{base}/admin/pilots/calls/{call.pk}/release/")
    preview = staff.locator(".pilots-preview")
    expect(preview).to_contain_text(proposal.contact_email)
    expect(preview).to_contain_text("Ehdotuksenne on valittu pilotoitavaksi")
    staff.screenshot(path="var/e2e-pilot-release.png", full_page=True)
    submit(staff)
    expect(staff.locator(".messages")).to_contain_text("released")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED
    sent = messages_to(proposal.contact_email)
    assert len(sent) == 2
    decision = sent[-1]
    assert proposal.reference in decision.subject
    assert "Ehdotuksenne on valittu pilotoitavaksi" in decision.body
    assert "Selkeä ja toteuttamiskelpoinen malli." in decision.body
    assert Proposal.objects.get(pk=proposal.pk).decision_released_at is not None
