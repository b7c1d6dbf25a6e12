"""Finnish working days: the helpers the demo's dates are computed with, and the warning
staff get in the admin when a deadline, an event or a publication falls on a weekend or a
public holiday (saved all the same: it may be meant)."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from pilots.models import PilotCallPage
from portal.core.dates import (
    holiday_name,
    is_working_day,
    next_event_day,
    next_working_day,
    previous_working_day,
)
from portal.core.working_days import off_day_reason, off_day_warnings
from portal.events.models import EventPage
from portal.tenders.models import TenderPage
from tests.tenders.helpers import make_tender

D = datetime.date
EPIPHANY = D(2027, 1, 6)  # a Wednesday


def test_holidays_are_named_in_the_readers_language():
    assert holiday_name(EPIPHANY, "fi") == "Loppiainen"
    assert holiday_name(EPIPHANY, "sv") == "Trettondag"
    assert holiday_name(EPIPHANY, "en") == "Epiphany"
    assert holiday_name(D(2027, 1, 7), "fi") is None


@pytest.mark.parametrize(("day", "working"), [
    (D(2026, 12, 18), True),  # Friday
    (D(2026, 12, 19), False),  # Saturday
    (D(2026, 12, 24), False),  # Christmas Eve, a Thursday
    (D(2026, 12, 28), True),  # between Christmas and New Year: a working day all the same
    (EPIPHANY, False),
    (D(2027, 3, 26), False),  # Good Friday
    (D(2027, 5, 6), False),  # Ascension Day
    (D(2027, 6, 25), False),  # Midsummer Eve
])
def test_working_days(day, working):
    assert is_working_day(day) is working


def test_moving_to_a_working_day():
    assert next_working_day(D(2026, 12, 19)) == D(2026, 12, 21)
    assert next_working_day(D(2026, 12, 24)) == D(2026, 12, 28)
    assert previous_working_day(D(2026, 12, 27)) == D(2026, 12, 23)
    assert next_working_day(D(2026, 12, 21)) == D(2026, 12, 21)
    # Events skip the whole Christmas break, Epiphany included.
    assert next_event_day(D(2026, 12, 28)) == D(2027, 1, 7)
    assert next_event_day(D(2026, 12, 22)) == D(2026, 12, 22)


def test_the_reason_reads_in_finnish_and_swedish():
    assert off_day_reason(EPIPHANY, "fi") == "6.1.2027 on loppiainen, yleinen vapaapäivä."
    assert off_day_reason(EPIPHANY, "sv") == "6.1.2027 är trettondag, en allmän helgdag."
    assert off_day_reason(EPIPHANY, "en") == "6 Jan 2027 is Epiphany, a public holiday."
    assert off_day_reason(D(2026, 12, 19), "fi") == "19.12.2026 on lauantai."
    assert off_day_reason(D(2026, 12, 20), "sv") == "20.12.2026 är en söndag."
    assert off_day_reason(D(2026, 12, 21), "fi") is None


def _at(day, time="12:00"):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(time)))


@pytest.mark.django_db
def test_pages_name_the_dates_suppliers_act_on():
    event = EventPage(start=_at(D(2026, 12, 19)), registration_opens=_at(D(2026, 11, 19)),
                      registration_closes=_at(EPIPHANY))
    assert [line.split(":")[0] for line in off_day_warnings(event, "en")] == [
        "Starts", "Registration closes"]
    call = PilotCallPage(opens=_at(D(2026, 12, 1)), deadline=_at(D(2026, 12, 18), "16:00"))
    assert off_day_warnings(call, "en") == []
    # A planned month or quarter is entered as its first day: no date of its own.
    tender = TenderPage(planned_publication=D(2027, 1, 1), planned_publication_precision="quarter")
    assert off_day_warnings(tender, "en") == []
    tender.planned_publication_precision = "day"
    assert off_day_warnings(tender, "en") == [
        "Planned publication of the notice: 1 Jan 2027 is New Year's Day, a public holiday."]


def _edit(tender, **dates):
    data = nested_form_data({
        "title": tender.title, "slug": tender.slug, "reference": tender.reference,
        "intro": tender.intro, "body": streamfield([]),
        "contract_type": tender.contract_type_id, "procedure": tender.procedure,
        "value_min": "1000000", "value_max": "", "value_is_public": "on",
        "planned_publication": tender.planned_publication.isoformat(),
        "planned_publication_precision": "day", "sme_notes": rich_text(""),
        "status_note": "", "lots-TOTAL_FORMS": "0", "lots-INITIAL_FORMS": "0",
        "lots-MIN_NUM_FORMS": "0", "lots-MAX_NUM_FORMS": "1000", **dates,
    })
    # Multiple-choice fields post one value per choice; nested_form_data would number them.
    data["service_areas"] = [t.pk for t in tender.service_areas.all()]
    data["municipalities"] = [t.pk for t in tender.municipalities.all()]
    data["cpv_codes"] = [t.pk for t in tender.cpv_codes.all()]
    data["procurement_languages"] = ["fi"]
    return data


def _warnings(response):
    return [str(message) for message in get_messages(response.wsgi_request)
            if message.level_tag == "warning"]


def _in_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "expected"), [
    ("fi", "Tarjousten jättöaika: 6.1.2027 on loppiainen, yleinen vapaapäivä."),
    ("sv", "Sista dag för anbud: 6.1.2027 är trettondag, en allmän helgdag."),
])
def test_the_editor_warns_of_a_deadline_on_a_holiday_and_saves_it(admin_client, admin_user,
                                                                 language, expected):
    _in_language(admin_user, language)
    tender = make_tender(planned_publication=D(2026, 12, 15))
    response = admin_client.post(f"/admin/pages/{tender.pk}/edit/", _edit(
        tender, tender_deadline="2027-01-06 12:00", market_dialogue_date="2026-12-19"))
    assert response.status_code == 302, response.content.decode()[:2000]
    (warning,) = _warnings(response)
    assert expected in warning
    assert ("19.12.2026 on lauantai." if language == "fi" else "19.12.2026 är en lördag.") \
        in warning
    saved = TenderPage.objects.get(pk=tender.pk).get_latest_revision_as_object()
    assert timezone.localdate(saved.tender_deadline) == EPIPHANY


@pytest.mark.django_db
def test_no_warning_for_working_days(admin_client):
    tender = make_tender(planned_publication=D(2026, 12, 15))
    response = admin_client.post(f"/admin/pages/{tender.pk}/edit/", _edit(
        tender, tender_deadline="2027-01-07 12:00", market_dialogue_date="2026-12-18"))
    assert response.status_code == 302
    assert _warnings(response) == []
