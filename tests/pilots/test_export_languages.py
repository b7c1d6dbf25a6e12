"""A call's ranking exported in Swedish (and Finnish): Swedish column titles, statuses and
criteria of the Swedish translation; the criteria of a call with no Swedish translation in
Finnish marked "[fi]"; the same number of queries for one and for four proposals."""

import pytest
from django.utils import translation
from django.utils.translation import gettext as _

from pilots.enums import ProposalStatus
from tests.core.export_languages import all_text, assert_no_unmarked, csv_cells, xlsx_cells

from .admin_helpers import give_review, url
from .helpers import make_call, make_proposal, translate_call

pytestmark = pytest.mark.django_db

SWEDISH = {"Asiakashyöty": "Kundnytta", "Toteutettavuus": "Genomförbarhet"}
FINNISH = list(SWEDISH)


def swedish(call):
    translated = translate_call(call, "sv", title="Motverka ensamhet")
    for criterion in translated.criteria.all():
        criterion.name = SWEDISH[criterion.name]
        criterion.save()
    return translated


@pytest.fixture
def calls(db, proposals, call, manager, reviewers):
    """The fixture's call translated into Swedish, a call only in Finnish, each with a
    reviewed proposal."""
    swedish(call)
    finnish_only = make_call(title="Digitaalinen kotikuntoutus")
    (first,) = proposals(1)
    give_review(first, reviewers[0], manager, [5, 10])
    other = make_proposal(finnish_only, first.organisation, first.created_by,
                          status=ProposalStatus.IN_REVIEW, title="Etäkuntoutus")
    give_review(other, reviewers[0], manager, [4, 8])
    return call, finnish_only


def export(client, call, kind, language):
    return client.get(url(f"pilots_ranking_{kind}", call.pk) + f"?lang={language}")


def assert_swedish(rows):
    with translation.override("sv"):
        assert rows[0][:3] == [_("Rank"), _("Reference"), _("Title")] == \
            ["Placering", "Referensnummer", "Rubrik"]
        assert rows[1][5] == str(ProposalStatus.IN_REVIEW.label)
    with translation.override("fi"):
        assert str(ProposalStatus.IN_REVIEW.label) not in all_text(rows)


def test_the_swedish_files_of_a_translated_call_are_in_swedish(client, manager, calls):
    call, _finnish_only = calls
    client.force_login(manager)
    for rows in (csv_cells(export(client, call, "csv", "sv")),
                 xlsx_cells(export(client, call, "xlsx", "sv"))["Rangordning"]):
        assert_swedish(rows)
        assert rows[0][-2].startswith("Kundnytta") and \
            rows[0][-1].startswith("Genomförbarhet")
        for name in FINNISH:
            assert name not in all_text(rows)


def test_the_criteria_of_a_call_without_swedish_are_marked(client, manager, calls):
    _call, finnish_only = calls
    client.force_login(manager)
    rows = xlsx_cells(export(client, finnish_only, "xlsx", "sv"))["Rangordning"]
    assert_swedish(rows)
    assert rows[0][-2].startswith("Asiakashyöty [fi], ")
    assert_no_unmarked(rows, FINNISH, "fi")


def test_the_finnish_files_are_in_finnish(client, manager, calls):
    call, _finnish_only = calls
    client.force_login(manager)
    rows = csv_cells(export(client, call, "csv", "fi"))
    assert rows[0][-2].startswith("Asiakashyöty") and "[" not in all_text(rows)
    assert "Kundnytta" not in all_text(rows)


@pytest.mark.parametrize("count", [1, 4])
def test_the_files_take_the_same_queries_for_any_number_of_proposals(
        client, manager, reviewers, proposals, calls, django_assert_num_queries, count):
    call, _finnish_only = calls
    for proposal in proposals(count):
        give_review(proposal, reviewers[1], manager, [3, 6])
    client.force_login(manager)
    export(client, call, "xlsx", "sv")
    with django_assert_num_queries(13):
        export(client, call, "xlsx", "sv")
