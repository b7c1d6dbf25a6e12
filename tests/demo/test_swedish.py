"""The Swedish demo reads as a Finland-Swede writes it: Swedish mailbox names, the glossary's
terms, and none of the calques from Finnish that a native reader corrected."""

import re

import pytest

from pilots.models import PilotCallPage
from portal.core.models import OrganisationDetails
from portal.demo.content import AREAS, load
from portal.demo.loader.pages import mailbox
from portal.events.models import EventPage
from portal.pages.models import AccessibilityStatementPage

SWEDISH_MAILBOXES = load("pages")["swedish_mailboxes"]

# What a native reader corrected, with the word the glossary or usage wants instead.
CORRECTED = {
    r"serviceproducent": "tjänsteproducent",
    r"starroperation": "kataraktoperation (one word for one thing)",
    r"ensamhetsmätare": "ensamhetsskala",
    r"kvalitetsmätare": "kvalitetsindikator",
    r"anbudsbegäran": "anbudsförfrågan",
    r"produktionssättsanalys": "analys av produktionssätten",
    r"förtursordning": "rangordning",
    r"Pilotförsöken ersätts": "välfärdsområdet betalar ersättning för piloterna",
    r"planeras bli (publicerad|fattat)": "publiceras / fattas enligt planerna",
    r"\bOm du deltar\b.*\beller inte påverkar": "Det påverkar inte … om du deltar",
    r"\ber förslag\b": "ert förslag",
}


def swedish_strings(value, swedish=False):
    """Every string under an "sv" key of a nested content structure."""
    if isinstance(value, str):
        if swedish:
            yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from swedish_strings(item, swedish or key == "sv")
    elif isinstance(value, list | tuple):
        for item in value:
            yield from swedish_strings(item, swedish)


def all_swedish_texts():
    for area in AREAS:
        yield from swedish_strings(load(area))


def test_the_walk_finds_the_swedish_texts():
    texts = list(all_swedish_texts())
    assert len(texts) > 500
    assert any("marknadsdialog" in text.lower() for text in texts)


def test_swedish_texts_show_no_finnish_mailbox_name():
    finnish = [text for text in all_swedish_texts()
               if any(address in text for address in SWEDISH_MAILBOXES)]
    assert finnish == []


@pytest.mark.parametrize("wrong", CORRECTED)
def test_swedish_texts_avoid_what_a_native_corrected(wrong):
    found = [text[:120] for text in all_swedish_texts()
             if re.search(wrong, text, re.IGNORECASE | re.DOTALL)]
    assert found == [], f"use “{CORRECTED[wrong]}”"


def test_mailbox_names_the_swedish_mailbox_only_in_swedish():
    assert mailbox("markkinavuoropuhelu@example.fi", "sv") == \
        "marknadsdialog@example.fi"
    assert mailbox("markkinavuoropuhelu@example.fi", "fi") == \
        "markkinavuoropuhelu@example.fi"
    assert mailbox("maija.virtanen@example.fi", "sv") == "maija.virtanen@example.fi"


@pytest.mark.django_db
def test_seeded_swedish_pages_give_the_swedish_mailboxes(whole_demo):
    swedish_mailboxes = set(SWEDISH_MAILBOXES.values())
    finnish_mailboxes = set(SWEDISH_MAILBOXES)
    details = OrganisationDetails.objects.get(locale__language_code="sv")
    assert details.email in swedish_mailboxes
    statement = AccessibilityStatementPage.objects.get(locale__language_code="sv")
    assert statement.feedback_email in swedish_mailboxes
    for model in (EventPage, PilotCallPage):
        swedish = set(model.objects.filter(locale__language_code="sv")
                      .values_list("contact_email", flat=True))
        finnish = set(model.objects.filter(locale__language_code="fi")
                      .values_list("contact_email", flat=True))
        assert swedish and swedish <= swedish_mailboxes, model
        assert finnish and finnish <= finnish_mailboxes, model
