"""A call's proposals, its ranking and exports, and one proposal, as pilot managers see them
in the Wagtail admin; query counts fixed whatever the number of proposals."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from openpyxl import load_workbook

from pilots.enums import ProposalStatus
from pilots.models import PilotCallPage

from .admin_helpers import attach, give_review, prefer_language, proposal_url, url
from .helpers import make_proposal, translate_call

S = ProposalStatus
pytestmark = pytest.mark.django_db


def test_the_list_shows_counts_totals_and_rank(client, call, manager, reviewers, proposals):
    first, second, third = proposals(3)
    # first: 60 % × 4/5 + 40 % × 5/10 = 68.00; second: 60 % × 5/5 + 40 % × 10/10 = 100.00
    give_review(first, reviewers[0], manager, [4, 5])
    give_review(second, reviewers[0], manager, [5, 10])
    give_review(second, reviewers[1], manager, [3, 5], submit=False)
    client.force_login(prefer_language(manager, "en"))
    html = client.get(url("pilots_call_proposals", call.pk)).content.decode()
    for proposal in (first, second, third):
        assert proposal.reference in html and proposal.organisation.name in html
    rows = {proposal.reference: _row(html, proposal.reference) for proposal in
            (first, second, third)}
    assert "68.00" in rows[first.reference] and "1 / 1" in rows[first.reference]
    assert "100.00" in rows[second.reference] and "1 / 2" in rows[second.reference]
    assert "<td>1</td>" in rows[second.reference] and "<td>2</td>" in rows[first.reference]
    assert "0 / 0" in rows[third.reference]


def _row(html, reference):
    start = html.index(f">{reference}</a>")
    return html[start:html.index("</tr>", start)]


def test_drafts_are_not_listed_and_the_status_filter_works(client, call, manager, proposals):
    in_review = proposals(1)[0]
    screening = proposals(1, status=S.SCREENING, title="Seulottava")[0]
    draft = proposals(1, status=S.DRAFT, title="Luonnos")[0]
    client.force_login(manager)
    html = client.get(url("pilots_call_proposals", call.pk)).content.decode()
    assert in_review.reference in html and screening.reference in html
    assert draft.reference not in html
    html = client.get(url("pilots_call_proposals", call.pk) + "?status=screening") \
        .content.decode()
    assert screening.reference in html and in_review.reference not in html


@pytest.mark.parametrize("count", [1, 4])
def test_the_list_takes_the_same_queries_whatever_the_number(client, call, manager, reviewers,
                                                            proposals, count):
    for proposal in proposals(count):
        give_review(proposal, reviewers[0], manager, [3, 6])
        give_review(proposal, reviewers[1], manager, [2, 6], submit=False)
    client.force_login(manager)
    address = url("pilots_call_proposals", call.pk)
    client.get(address)  # sessions, the user's profile and Wagtail's caches warmed
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    assert len(queries) == QUERIES["list"], [query["sql"] for query in queries]


@pytest.mark.parametrize("count", [1, 4])
def test_the_ranking_takes_the_same_queries_whatever_the_number(client, call, manager,
                                                               reviewers, proposals, count):
    for proposal in proposals(count):
        give_review(proposal, reviewers[0], manager, [3, 6])
    client.force_login(manager)
    address = url("pilots_ranking", call.pk)
    client.get(address)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    assert len(queries) == QUERIES["ranking"], [query["sql"] for query in queries]


# The same literal count at both sizes: the session, the user and their profile, the call,
# its locale, the proposals with their counts, criteria, reviews and scores, the menu's checks.
QUERIES = {"list": 14, "ranking": 15}


def test_the_ranking_shows_the_aggregate_and_criterion_means(client, call, manager, reviewers,
                                                            proposals):
    best, other = proposals(2)
    give_review(best, reviewers[0], manager, [5, 8])
    give_review(best, reviewers[1], manager, [4, 10])
    give_review(other, reviewers[0], manager, [1, 2])
    client.force_login(prefer_language(manager, "en"))
    html = client.get(url("pilots_ranking", call.pk)).content.decode()
    # best: reviews 60×5/5 + 40×8/10 = 92, 60×4/5 + 40×10/10 = 88 → mean 90.00, spread 2.00
    assert "90.00" in html and "2.00" in html
    assert "4.50" in html and "9.00" in html  # the criterion means of `best`
    assert html.index(best.reference) < html.index(other.reference)
    assert "Total (mean)" in html


def test_the_exports_name_columns_in_the_staff_members_language(client, call, manager,
                                                                reviewers, proposals):
    swedish = translate_call(call, "sv")
    names = {"Asiakashyöty": "Kundnytta", "Toteutettavuus": "Genomförbarhet"}
    for criterion in swedish.criteria.all():
        criterion.name = names[criterion.name]
        criterion.save()
    (proposal,) = proposals(1, title="=HYPERLINK(\"http://x\")")
    give_review(proposal, reviewers[0], manager, [5, 10])
    client.force_login(prefer_language(manager, "en"))
    response = client.get(url("pilots_ranking_csv", call.pk))
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Rank", "Reference", "Title"]
    assert rows[0][-2].startswith("Asiakashyöty")
    assert rows[1][:3] == ["1", proposal.reference, "'=HYPERLINK(\"http://x\")"]
    assert rows[1][7] == "100.0"
    prefer_language(manager, "sv")
    workbook = load_workbook(io.BytesIO(client.get(url("pilots_ranking_xlsx", swedish.pk))
                                        .content))
    header = [cell.value for cell in workbook.active[1]]
    assert header[-2].startswith("Kundnytta") and header[-1].startswith("Genomförbarhet")
    values = [cell.value for cell in workbook.active[2]]
    assert values[7] == 100 and not any(
        isinstance(value, str) and value.startswith("=") for value in values)


def test_the_proposal_shows_everything_to_a_manager(client, call, manager, reviewers,
                                                    proposals):
    swedish = translate_call(call, "sv")
    question = swedish.questions.get()
    question.label = "Hur många klienter?"
    question.save()
    (proposal,) = proposals(1, team="Anna ja Pekka", budget_details="Palkat")
    item = attach(proposal)
    give_review(proposal, reviewers[0], manager, [4, 5], comment="Hyvä idea.")
    client.force_login(prefer_language(manager, "sv"))
    html = client.get(proposal_url(proposal)).content.decode()
    for text in (proposal.title, proposal.organisation.name, proposal.organisation.business_id,
                 proposal.contact_email, "Anna ja Pekka", "Palkat", "Hur många klienter?",
                 item.filename, "Hyvä idea.", "68,00"):
        assert text in html, text
    assert "Montako asiakasta?" not in html  # the label of the staff member's language
    assert url("pilots_attachment", proposal.public_id, item.pk) in html


def test_the_call_page_has_a_proposals_button_for_managers_only(admin_client, call, manager,
                                                               editor):
    assert url("pilots_call_proposals", call.pk) in admin_client.get(
        f"/admin/pages/{call.pk}/edit/").content.decode()
    page = PilotCallPage.objects.get(pk=call.pk)
    from pilots.wagtail_hooks import proposals_header_button

    assert list(proposals_header_button(page, manager))
    assert not list(proposals_header_button(page, editor))


def test_the_menu_item_shows_to_pilot_staff(client, manager, reviewers, editor):
    for user, shown in ((manager, True), (reviewers[0], True), (editor, False)):
        client.force_login(user)
        html = client.get("/admin/").content.decode()
        assert ("/admin/pilots/" in html) == shown, user


def test_a_manager_sees_every_call_on_the_pilot_reviews_page(client, call, manager,
                                                             proposals):
    proposals(2, status=S.SCREENING)
    client.force_login(manager)
    html = client.get(url("pilots_admin_home")).content.decode()
    assert call.title in html and url("pilots_call_proposals", call.pk) in html


def test_a_proposal_of_another_language_lists_under_its_call(client, call, manager, supplier,
                                                             organisation):
    swedish = translate_call(call, "sv")
    proposal = make_proposal(swedish, organisation, supplier, status=S.SUBMITTED,
                             language="sv")
    client.force_login(manager)
    with translation.override("fi"):
        html = client.get(url("pilots_call_proposals", call.pk)).content.decode()
    assert proposal.reference in html
