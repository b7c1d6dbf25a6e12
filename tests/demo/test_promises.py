"""Every event a demo text announces exists, on the day and at the hours the text says.

A news article or a tender that announces an event declares it under "promises" (the event's
key and what the text states: day, hours, when registration opens or closes, format,
languages). The seeded demo is held to each declaration, and each language's text must state
the same day and hours; a text that mentions a dated event without declaring it fails too.
"""

import datetime
import re
from html import unescape

import pytest
from django.utils import timezone

from portal.demo.content import load
from portal.events.models import EventPage

LANGUAGES = ("fi", "sv", "en")
MONTHS = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
# Words that make a dated sentence an announcement of an event, in each language.
EVENT_WORDS = {
    "fi": r"tilaisuu|info|koulutu|markkinavuoropuhelu|webinaari|työpaja|ilmoittaudu|"
          r"ilmoittautumi|kutsu",
    "sv": r"möte|utbildning|marknadsdialog|webbinarium|workshop|anmäl|bjuder in",
    "en": r"session|briefing|training|market dialogue|meeting|webinar|workshop|register|"
          r"invite",
}
EVENTS_BY_KEY = {spec["key"]: spec for spec in load("events")["events"]}


def texts_with_their_promises():
    """(name, content spec) of every demo text that could announce an event."""
    for article in load("pages")["news"]:
        yield f"news {article['key']}", article
    for tender in load("tenders")["tenders"]:
        yield f"tender {tender['reference']}", tender
    for call in load("pilots")["calls"]:
        yield f"pilot call {call['key']}", call


def strings(value):
    """Every string in a nested content structure."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def plain_text(spec, language):
    html = " ".join(strings(spec[language]))
    return unescape(re.sub(r"<[^>]+>", " ", html))


def date_forms(day, language):
    """How a day is written in running text of a language."""
    numeric = f"{day.day}.{day.month}.{day.year}"
    if language == "fi":
        return [numeric]
    spelled = f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"
    return [numeric, spelled] if language == "sv" else [spelled]


def hours_form(hours, language):
    start, end = hours
    return {"fi": f"klo {start}–{end}", "sv": f"kl. {start}–{end}",
            "en": f"{start}.00–{end}.00"}[language]


def dates_in(text, language):
    """The days written in a text, with the sentence each stands in."""
    found = []
    for sentence in re.split(r"(?<=[.!?:])\s+(?=[A-ZÅÄÖ])|\s{2,}", text):
        for day, month, year in re.findall(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b", sentence):
            found.append((datetime.date(int(year), int(month), int(day)), sentence))
        if language in MONTHS:
            names = "|".join(MONTHS[language])
            for day, month, year in re.findall(rf"\b(\d{{1,2}}) ({names}) (20\d\d)\b",
                                               sentence):
                month_number = MONTHS[language].index(month) + 1
                found.append((datetime.date(int(year), month_number, int(day)), sentence))
    return found


def declared_days(spec):
    """The days a text may state: its promises' and, for a tender, its own dated facts
    (the dialogue day its linked event takes, its deadlines, its status changes)."""
    days = {datetime.date.fromisoformat(value[:10]) for value in (
        [spec.get(field) for field in ("market_dialogue_date", "interest_deadline",
                                       "tender_deadline", "planned_publication")]
        + [day for _status, day in spec.get("status_history", [])]) if value}
    for promise in spec.get("promises", []):
        for field in ("date", "registration_opens", "registration_closes"):
            if promise.get(field):
                days.add(datetime.date.fromisoformat(promise[field]))
    return days


def test_every_promise_names_a_demo_event():
    for name, spec in texts_with_their_promises():
        for promise in spec.get("promises", []):
            assert promise["event"] in EVENTS_BY_KEY, f"{name}: no demo event {promise['event']}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_dated_event_in_a_text_is_a_declared_promise(language):
    """The class guard: a text that dates an event must declare it, so the check below
    covers it. (Deadlines and publication days are not events and are not matched.)"""
    undeclared = []
    for name, spec in texts_with_their_promises():
        days = declared_days(spec)
        for day, sentence in dates_in(plain_text(spec, language), language):
            if re.search(EVENT_WORDS[language], sentence, re.IGNORECASE) and day not in days:
                undeclared.append(f"{name}: {day} in “{sentence.strip()}”")
    assert undeclared == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_text_states_the_promised_days_and_hours(language):
    for name, spec in texts_with_their_promises():
        text = plain_text(spec, language)
        for promise in spec.get("promises", []):
            day = datetime.date.fromisoformat(promise["date"])
            assert any(form in text for form in date_forms(day, language)), \
                f"{name} ({language}) does not state {day} of {promise['event']}"
            if promise.get("time"):
                assert hours_form(promise["time"], language) in text, \
                    f"{name} ({language}) does not state the hours of {promise['event']}"
            for field in ("registration_opens", "registration_closes"):
                if promise.get(field):
                    day = datetime.date.fromisoformat(promise[field])
                    assert any(form in text for form in date_forms(day, language)), \
                        f"{name} ({language}) does not state {field} {day}"


@pytest.mark.django_db
def test_every_promised_event_exists_with_the_promised_facts(whole_demo):
    checked = 0
    for name, spec in texts_with_their_promises():
        for promise in spec.get("promises", []):
            event_spec = EVENTS_BY_KEY[promise["event"]]
            event = EventPage.objects.live().get(slug=event_spec["fi"]["slug"],
                                                 locale__language_code="fi")
            translations = {page.locale.language_code
                            for page in event.get_translations().live()}
            assert translations == {"sv", "en"}, name
            start = timezone.localtime(event.start)
            end = timezone.localtime(event.end)
            assert start.date() == datetime.date.fromisoformat(promise["date"]), name
            if promise.get("time"):
                assert (start.hour, start.minute) == (promise["time"][0], 0), name
                assert (end.hour, end.minute) == (promise["time"][1], 0), name
            for field in ("registration_opens", "registration_closes"):
                if promise.get(field):
                    moment = timezone.localtime(getattr(event, field))
                    assert moment.date() == datetime.date.fromisoformat(promise[field]), \
                        f"{name}: {field} of {promise['event']}"
            if promise.get("format"):
                assert event.event_format == promise["format"], name
            if promise.get("languages"):
                assert sorted(event.languages) == sorted(promise["languages"]), name
            checked += 1
    # The spring series, the two market dialogues, the family-carer briefing and the
    # pilot-call information session: none went unchecked.
    assert checked == 10


@pytest.mark.django_db
def test_the_news_promises_six_spring_trainings_and_the_demo_has_them(whole_demo):
    article = next(item for item in load("pages")["news"]
                   if item["key"] == "procurement-training-spring-2027")
    slugs = [EVENTS_BY_KEY[promise["event"]]["fi"]["slug"] for promise in article["promises"]]
    trainings = EventPage.objects.live().filter(slug__in=slugs, locale__language_code="fi",
                                                event_type="training", cancelled=False)
    assert trainings.count() == 6
    assert {timezone.localtime(event.start).date().isoformat() for event in trainings} == {
        promise["date"] for promise in article["promises"]}
