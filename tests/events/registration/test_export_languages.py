"""An event's registrations exported in Swedish (and Finnish): Swedish column titles,
statuses and yes/no, the questions of the Swedish translation; the questions of an event
with no Swedish translation in Finnish marked "[fi]"; the same queries for two and five
registrations."""

import itertools

import pytest
from django.utils import translation
from django.utils.translation import gettext as _

from portal.events import domain
from portal.events.enums import RegistrationStatus
from tests.core.export_languages import all_text, assert_no_unmarked, csv_cells, xlsx_cells

from .conftest import make_event, translate

pytestmark = pytest.mark.django_db

QUESTIONS = [{"label": "Ruokavalio", "kind": "short_text"},
             {"label": "Tarvitsetko tulkkausta?", "kind": "choice", "choices": "Kyllä\nEi"}]
SWEDISH = {"Ruokavalio": "Specialkost", "Tarvitsetko tulkkausta?": "Behöver du tolkning?"}
FINNISH_ONLY = ["Allergiat", "Saavutko autolla?"]


_numbers = itertools.count(1)


def register(event, count=2):
    for number in itertools.islice(_numbers, count):
        registration = domain.register(
            event, name=f"Anna Lindqvist {number}", email=f"anna{number}@example.fi",
            answers={str(question.translation_key): "" for question in event.questions.all()})
        domain.confirm(registration)


@pytest.fixture
def events(db):
    bilingual = make_event(capacity=20, questions=QUESTIONS)
    swedish = translate(bilingual, "sv")
    for question in swedish.questions.all():
        question.label = SWEDISH[question.label]
        question.save()
    finnish_only = make_event(capacity=20, questions=[
        {"label": label, "kind": "short_text"} for label in FINNISH_ONLY])
    for event in (bilingual, finnish_only):
        register(event)
    return bilingual, finnish_only


def url(event, kind, language):
    return f"/admin/events/{event.pk}/registrations/{kind}/?lang={language}"


def assert_swedish_header(row):
    with translation.override("sv"):
        assert row[:4] == [_("Name"), _("E-mail"), _("Organisation"), _("Status")] == \
            ["Namn", "E-post", "Organisation", "Status"]


def test_the_swedish_files_of_a_translated_event_are_in_swedish(admin_client, events):
    bilingual, _finnish_only = events
    rows = csv_cells(admin_client.get(url(bilingual, "csv", "sv")))
    assert_swedish_header(rows[0])
    assert rows[0][-2:] == ["Specialkost", "Behöver du tolkning?"]
    with translation.override("sv"):
        assert {row[3] for row in rows[1:]} == {str(RegistrationStatus.CONFIRMED.label)}
    with translation.override("fi"):
        assert str(RegistrationStatus.CONFIRMED.label) not in all_text(rows)
    sheets = xlsx_cells(admin_client.get(url(bilingual, "xlsx", "sv")))
    assert list(sheets) == ["Anmälningar"]
    text = all_text(sheets["Anmälningar"])
    assert "Specialkost" in text
    for finnish in SWEDISH:
        assert finnish not in text


def test_the_questions_of_an_event_without_swedish_are_marked(admin_client, events):
    _bilingual, finnish_only = events
    for kind, rows in (
            ("csv", csv_cells(admin_client.get(url(finnish_only, "csv", "sv")))),
            ("xlsx", xlsx_cells(admin_client.get(url(finnish_only, "xlsx", "sv")))
             ["Anmälningar"])):
        assert_swedish_header(rows[0])
        assert rows[0][-2:] == ["Allergiat [fi]", "Saavutko autolla? [fi]"], kind
        assert_no_unmarked(rows, FINNISH_ONLY, "fi")


def test_the_finnish_files_are_in_finnish(admin_client, events):
    bilingual, _finnish_only = events
    rows = csv_cells(admin_client.get(url(bilingual, "csv", "fi")))
    assert rows[0][:2] == ["Nimi", "Sähköposti"]
    assert rows[0][-2:] == ["Ruokavalio", "Tarvitsetko tulkkausta?"]
    assert "Specialkost" not in all_text(rows) and "[" not in all_text(rows)


@pytest.mark.parametrize("count", [2, 5])
def test_the_files_take_the_same_queries_for_any_number_of_registrations(
        admin_client, events, django_assert_num_queries, count):
    bilingual, _finnish_only = events
    register(bilingual, count)
    admin_client.get(url(bilingual, "xlsx", "sv"))
    with django_assert_num_queries(7):
        admin_client.get(url(bilingual, "xlsx", "sv"))
