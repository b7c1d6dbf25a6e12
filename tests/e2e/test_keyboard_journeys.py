"""The four journeys a provider makes, with the keyboard only (Tab, Shift+Tab, Enter, Space;
no mouse): sign up, register interest in lots of a tender, register for an event, send a
pilot proposal. At every stop the focus must be visible, the skip link comes first, a page
with errors starts from its error summary whose links lead to the fields, and Tab goes
through and out of a whole form page (no keyboard trap)."""

import re

import pytest
from allauth.account.models import EmailAddress

from pilots.enums import ProposalStatus
from pilots.models import Proposal
from portal.events.models import Registration
from suppliers.interests.models import TenderInterest
from suppliers.models import Membership
from tests import factories
from tests.e2e.keyboard import (
    comes_before,
    focus_matches,
    focused,
    press,
    tab_through_the_page,
    tab_to,
    type_into,
)
from tests.e2e.site import PASSWORD, make_supplier


@pytest.fixture
def supplier(site):
    """A provider's user, the admin of one organisation and a member of another."""
    return make_supplier()


@pytest.fixture
def tender(site):
    """An upcoming tender with two lots."""
    return factories.TenderPageFactory(
        title="Kotihoidon tukipalvelut",
        lots=[{"title": "Ateriapalvelu", "annual_value": 300000, "municipalities": ["905"]},
              {"title": "Siivous- ja asiointipalvelu", "annual_value": 150000,
               "municipalities": ["598"]}])


def send(page):
    """Enter on the focused button (or in a field of the form): the form is sent."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def skip_to_content(page):
    """The first Tab stop is the skip link; Enter on it puts the focus on the content."""
    state = press(page, "Tab")
    assert state["tag"] == "a" and "skip-link" in page.evaluate(
        "document.activeElement.className"), f"the first stop is {state}"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def follow_first_error(page, field_selector):
    """The page opens on its error summary; its first link (Tab, Enter) leads to the field."""
    assert focus_matches(page, ".error-summary"), f"the focus is on {focused(page)}"
    tab_to(page, ".error-summary a")
    page.keyboard.press("Enter")
    assert focus_matches(page, field_selector), f"the focus is on {focused(page)}"


def sign_in(page, base_url, user):
    page.goto(f"{base_url}/fi/accounts/login/")
    skip_to_content(page)
    type_into(page, "#id_login", user.email)
    type_into(page, "#id_password", PASSWORD)
    send(page)


def test_sign_up_with_the_keyboard(page, site):
    base = site.url
    page.goto(f"{base}/fi/accounts/signup/")
    skip_to_content(page)
    type_into(page, "#id_email", "nappaimisto@yhdistys.example.fi")
    # The fields come in the order they are read.
    type_into(page, "#id_password1", "Hyvä salasana 2026!")
    assert tab_to(page, "#id_password2") == []
    page.keyboard.type("Toinen salasana 2026!")
    tab_to(page, "main form button[type=submit]")
    send(page)

    # The passwords differ: the summary has the focus, its link leads to the second one.
    follow_first_error(page, "#id_password2")
    type_into(page, "#id_password1", "Hyvä salasana 2026!", back=True)
    type_into(page, "#id_password2", "Hyvä salasana 2026!")
    send(page)
    page.wait_for_url(re.compile(r"/fi/accounts/confirm-email/"))
    assert EmailAddress.objects.filter(email="nappaimisto@yhdistys.example.fi",
                                       verified=False).exists()


def test_register_interest_in_lots_with_the_keyboard(page, site, supplier, tender):
    base = site.url
    organisations = Membership.objects.active().filter(user=supplier.user) \
        .values("organisation")
    sign_in(page, base, supplier.user)
    page.goto(base + tender.url)
    skip_to_content(page)

    # The lots table fits the page (nothing to scroll, no stop of its own); the form beside it.
    assert page.locator("table.lots").count() == 1
    lots = page.locator("form.interest-form input[name=lots]")
    for index in (0, 1):
        box = lots.nth(index)
        tab_to(page, f"#{box.get_attribute('id')}")
        page.keyboard.press("Space")
        assert box.is_checked()
    type_into(page, "form.interest-form #interest-capacity", "40 asiakasta")
    tab_to(page, "form.interest-form button[type=submit]")
    send(page)

    # How the organisation would take part was not said: from the summary to the choices,
    # Space picks the first; the lots and the text are still there.
    follow_first_error(page, "input[name=mode]")
    page.keyboard.press("Space")
    assert page.locator("form.interest-form input[name=lots]:checked").count() == 2
    tab_to(page, "form.interest-form button[type=submit]")
    send(page)
    interest = TenderInterest.objects.get(organisation__in=organisations)
    assert len(interest.lot_keys) == 2 and interest.capacity == "40 asiakasta"
    assert interest.mode == "alone"


def test_register_for_an_event_with_the_keyboard(page, site):
    base = site.url
    event = factories.EventPageFactory(capacity=5, questions=[
        {"label": "Ruokavalio", "kind": "short_text"},
        {"label": "Tarvitsetko tulkkausta?", "kind": "choice", "choices": "Kyllä\nEi",
         "required": True}])
    page.goto(f"{base}/fi/events/{event.pk}/register/")
    skip_to_content(page)
    type_into(page, "#registration-name", "Maija Meikäläinen")
    type_into(page, "#registration-email", "maija@example.fi")
    tab_to(page, "main form button[type=submit]")
    send(page)

    # The required answer is missing: from the summary to the first choice, Space picks it.
    follow_first_error(page, "main input[type=radio]")
    page.keyboard.press("Space")
    assert page.locator("#registration-name").input_value() == "Maija Meikäläinen"
    tab_to(page, "main form button[type=submit]")
    send(page)
    registration = Registration.objects.get(email="maija@example.fi",
                                            event_key=event.translation_key)
    assert registration.status == "pending"
    assert "Kyllä" in registration.answers.values()


def test_send_a_pilot_proposal_with_the_keyboard(page, site, supplier):
    base = site.url
    call = factories.PilotCallPageFactory(questions=[
        {"label": "Montako asiakasta?", "kind": "short_text", "required": True}])
    question = call.questions.get()
    sign_in(page, base, supplier.user)
    page.goto(f"{base}/fi/pilots/calls/{call.pk}/propose/")
    # Tab goes through the whole form and out of the page: no trap.
    stops = tab_through_the_page(page)
    assert len(stops) > 15
    page.goto(f"{base}/fi/pilots/calls/{call.pk}/propose/")
    skip_to_content(page)
    for field, text in [("#proposal-title", "Etäkaveri"),
                        ("#proposal-summary", "Viikoittaiset videotapaamiset ikäihmisille."),
                        ("#proposal-problem", "Yksinäisyys kotihoidossa."),
                        ("#proposal-solution", "Tabletti ja vapaaehtoiset kaverit."),
                        ("#proposal-target_group", "Kotihoidon asiakkaat, noin 40")]:
        type_into(page, field, text)
    tab_to(page, "input[name=municipalities][value='905']")
    page.keyboard.press("Space")
    type_into(page, "#proposal-expected_impact", "Vähemmän yksinäisyyttä.")
    type_into(page, "#proposal-budget", "25 000")
    tab_to(page, "#proposal-contact_email")
    page.keyboard.type("ei-osoite")
    tab_to(page, "form.proposal-form button[value=send]")
    send(page)

    # A wrong address and the call's unanswered question: the summary, then the fields.
    assert page.locator(".error-summary a").count() >= 1
    follow_first_error(page, "main form :is(input, textarea, select)")
    # Tabbing into a field selects what is in it: typing replaces the wrong address.
    type_into(page, "#proposal-contact_email", supplier.user.email,
              back=comes_before(page, "#proposal-contact_email"))
    type_into(page, f"#proposal-q_{question.translation_key.hex}", "40")
    tab_to(page, "form.proposal-form button[value=send]")
    send(page)
    page.wait_for_url(re.compile(r"/send/$"))

    skip_to_content(page)
    tab_to(page, "main form button[type=submit]")
    send(page)
    page.wait_for_url(re.compile(r"/fi/pilots/proposals/[0-9a-f-]+/$"))
    proposal = Proposal.objects.get(call_key=call.translation_key)
    assert proposal.status == ProposalStatus.SUBMITTED
    assert proposal.contact_email == supplier.user.email and proposal.budget == 25000
