"""Stored XSS: markup typed into every text field a supplier fills is shown as text, escaped,
on the supplier's own pages, the public pages and the staff's screens."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from pilots import assignment
from pilots.enums import ProposalStatus
from portal.events import domain as events
from portal.taxonomy.models import ServiceArea
from suppliers.alerts import domain as alerts
from suppliers.interests import domain as interests
from suppliers.models import Organisation
from tests.events.registration.conftest import make_event
from tests.factories import term
from tests.pilots.admin_helpers import attach
from tests.pilots.helpers import make_call, make_proposal
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db


def payload(field):
    """Text that runs a script if a page puts it into HTML unescaped, marked with the field."""
    return f'{field}<script>alert("{field}")</script>"><img src=x onerror=alert("{field}")>'


def escaped(field):
    return (f'{field}&lt;script&gt;alert(&quot;{field}&quot;)&lt;/script&gt;&quot;&gt;'
            f'&lt;img src=x onerror=alert(&quot;{field}&quot;)&gt;')


RAW = re.compile(r"<script>alert|<img src=x onerror", re.IGNORECASE)


def assert_escaped(html, fields, address):
    assert not RAW.search(html), (address, RAW.search(html) and
                                  html[RAW.search(html).start() - 80:][:200])
    for field in fields:
        assert escaped(field) in html, (address, field)


@pytest.fixture
def filled(make_user, make_organisation):
    """Everything a supplier can write, written with markup."""
    owner = make_user("kirjoittaja@example.fi")
    organisation = make_organisation(owner, name=payload("org-name"))
    Organisation.objects.filter(pk=organisation.pk).update(
        description=payload("org-description"))
    tender = make_tender(lots=[{"number": 1, "title": "Vaasa"}])
    interests.register_interest(owner, organisation, tender, mode="following",
                                capacity=payload("interest-capacity"),
                                questions=payload("interest-questions"))
    area = term(ServiceArea, "home-care-support")
    alerts.create_subscription(owner, {"item_types": ["tender"], "service_areas": [area],
                                       "name": payload("alert-name"),
                                       "keywords": payload("alert-keywords")}, language="fi")
    event = make_event(questions=[{"label": "Ruokavalio", "kind": "short_text"}])
    question = event.questions.get()
    events.register(event, user=owner, organisation=organisation,
                    answers={str(question.translation_key): payload("event-answer")})
    events.register(event, name=payload("guest-name"), email="vieras@example.fi",
                    organisation_name=payload("guest-organisation"),
                    answers={str(question.translation_key): payload("guest-answer")})
    call = make_call()
    call_question = call.questions.get()
    proposal = make_proposal(
        call, organisation, owner, status=ProposalStatus.IN_REVIEW,
        **{name: payload(f"proposal-{name}") for name in (
            "title", "summary", "problem", "solution", "target_group", "expected_impact",
            "impact_measurement", "budget_details", "timeline", "team")},
        answers={str(call_question.translation_key): payload("proposal-answer")})
    attach(proposal, filename=payload("file")[:140])
    return {"owner": owner, "organisation": organisation, "tender": tender, "event": event,
            "call": call, "proposal": proposal}


PROPOSAL_FIELDS = ["proposal-title", "proposal-summary", "proposal-problem",
                   "proposal-solution", "proposal-target_group", "proposal-expected_impact",
                   "proposal-answer"]


def test_the_suppliers_own_pages_show_markup_as_text(client, filled):
    client.force_login(filled["owner"])
    organisation, proposal = filled["organisation"], filled["proposal"]
    pages = {
        reverse("suppliers:detail", args=[organisation.pk]):
            ["org-name", "org-description"],
        reverse("suppliers:edit", args=[organisation.pk]): ["org-description"],
        reverse("suppliers:my_organisations"): ["org-name"],
        reverse("suppliers:dashboard"): ["org-name"],
        reverse("suppliers:alerts:list"): ["alert-name"],
        reverse("suppliers:interests:mine"): ["org-name"],
        reverse("suppliers:interests:form", args=[filled["tender"].pk]):
            ["interest-capacity", "interest-questions"],
        reverse("events:mine"): [],
        reverse("pilots:mine"): ["proposal-title"],
        reverse("pilots:detail", args=[proposal.public_id]): PROPOSAL_FIELDS,
        filled["event"].url: [],
        filled["tender"].url: [],
        filled["call"].url: [],
    }
    for address, fields in pages.items():
        response = client.get(address)
        assert response.status_code == 200, address
        assert_escaped(response.content.decode(), fields, address)


def test_the_staff_screens_show_markup_as_text(client, filled, django_user_model):
    staff = django_user_model.objects.create_superuser("henkilosto@hyvaep.fi",
                                                       "henkilosto@hyvaep.fi", "x" * 16)
    client.force_login(staff)
    organisation, proposal = filled["organisation"], filled["proposal"]
    reviewer = django_user_model.objects.create_user("arvioija@hyvaep.fi",
                                                     "arvioija@hyvaep.fi", "x" * 16)
    reviewer.groups.add(Group.objects.get(name="Pilot reviewers"))
    assignment.assign(proposal, reviewer, by=staff)
    pages = {
        reverse("interests_tender_report", args=[filled["tender"].pk]):
            ["org-name", "interest-capacity", "interest-questions"],
        reverse("events_registrations", args=[filled["event"].pk]):
            ["org-name", "event-answer", "guest-name", "guest-organisation", "guest-answer"],
        reverse("events_attendance", args=[filled["event"].pk]): [],
        reverse("pilots_call_proposals", args=[filled["call"].pk]): ["proposal-title"],
        reverse("pilots_proposal", args=[proposal.public_id]): PROPOSAL_FIELDS,
        reverse("pilots_ranking", args=[filled["call"].pk]): ["proposal-title"],
        reverse("wagtailsnippets_suppliers_organisation:list"): ["org-name"],
        reverse("wagtailsnippets_suppliers_organisation:edit", args=[organisation.pk]):
            ["org-description"],
        reverse("pilots_admin_home"): [],
        "/admin/": [],
    }
    for address, fields in pages.items():
        response = client.get(address)
        assert response.status_code == 200, address
        assert_escaped(response.content.decode(), fields, address)
    # The reviewer's own screen of the proposal, too.
    client.force_login(reviewer)
    response = client.get(reverse("pilots_review", args=[proposal.public_id]))
    assert_escaped(response.content.decode(), ["proposal-title"], "review")


def test_exports_are_downloads_that_no_browser_renders_as_a_page(client, filled,
                                                                 django_user_model):
    staff = django_user_model.objects.create_superuser("vienti@hyvaep.fi", "vienti@hyvaep.fi",
                                                       "x" * 16)
    client.force_login(staff)
    for name, page in (("interests_tender_csv", filled["tender"]),
                       ("events_registrations_csv", filled["event"]),
                       ("pilots_ranking_csv", filled["call"])):
        response = client.get(reverse(name, args=[page.pk]))
        assert response.status_code == 200, name
        assert response["Content-Type"].startswith("text/csv"), name
        assert response["Content-Disposition"].startswith("attachment"), name
        assert response["X-Content-Type-Options"] == "nosniff", name


def test_the_attachment_name_is_escaped_and_the_file_is_a_download(client, filled):
    client.force_login(filled["owner"])
    proposal = filled["proposal"]
    html = client.get(reverse("pilots:detail", args=[proposal.public_id])).content.decode()
    assert_escaped(html, ["file"], "attachment list")
    item = proposal.attachments.get()
    response = client.get(reverse("pilots:attachment", args=[proposal.public_id, item.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    assert "<script" not in response["Content-Disposition"]
    b"".join(response.streaming_content)  # read to the end: the client closes the file


@pytest.mark.parametrize("website", ["javascript:alert(1)", "data:text/html,<script>x</script>",
                                     "vbscript:msgbox(1)"])
def test_a_website_that_is_not_a_web_address_is_refused(client, make_user,
                                                        make_organisation, website):
    owner = make_user()
    organisation = make_organisation(owner)
    client.force_login(owner)
    response = client.post(reverse("suppliers:edit", args=[organisation.pk]), {
        "name": "Hoiva Oy", "organisation_type": "company", "website": website,
        "service_languages": ["fi"]})
    assert response.status_code == 200
    assert "website" in response.context["form"].errors
    organisation.refresh_from_db()
    assert organisation.website == ""

