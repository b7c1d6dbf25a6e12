"""The demo as seed_demo builds it is content a county official would publish: every
business ID valid, deadlines, events and publications on Finnish working days, and no
interest, registration or proposal dated after its tender, event or call stopped taking them.

The demo is seeded once for the tests of the demo (the `whole_demo` fixture of
tests/demo/conftest.py); checks of what the demo's texts promise live beside this file,
with the same fixture.
"""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page

from pilots.calls import call_in
from pilots.models import PilotCallPage, Proposal
from portal.core.dates import format_date, in_christmas_break
from portal.core.models import OrganisationDetails
from portal.core.working_days import WorkingDayDates, off_day_reason
from portal.events.models import EventPage, Registration
from portal.news.models import NewsArticlePage
from portal.tenders.models import TenderPage
from suppliers.business_id import normalise_business_id
from suppliers.interests.domain import interest_period
from suppliers.interests.models import TenderInterest
from suppliers.models import Organisation

pytestmark = pytest.mark.django_db

# A business ID as written in a text: seven digits, a hyphen and the check digit.
BUSINESS_ID = re.compile(r"(?<![\w-])\d{7}-\d(?![\w-])")


def _is_valid_business_id(value):
    try:
        return normalise_business_id(value) == value
    except ValidationError:
        return False


def _pages_with_dates():
    pages = []
    for page in Page.objects.live().specific():
        if isinstance(page, WorkingDayDates):
            pages.append(page)
    return pages


def test_the_demo_has_what_these_checks_read(whole_demo):
    # So that the checks below cannot pass on an empty demo.
    assert Organisation.objects.count() >= 50
    assert OrganisationDetails.objects.count() == 3
    assert TenderInterest.objects.count() >= 50
    assert Registration.objects.count() >= 50
    assert Proposal.objects.count() >= 20
    assert EventPage.objects.filter(locale__language_code="fi").count() >= 15
    assert PilotCallPage.objects.filter(locale__language_code="fi").count() >= 5


def test_every_business_id_in_the_demo_passes_the_portals_validator(whole_demo):
    invalid = [("organisation", organisation.name, organisation.business_id)
               for organisation in Organisation.objects.all()
               if not _is_valid_business_id(organisation.business_id)]
    invalid += [("footer", details.name, details.business_id)
                for details in OrganisationDetails.objects.all()
                if not _is_valid_business_id(details.business_id)]
    found = 0
    for page in Page.objects.live():
        # Every text of the page as stored (rich text, stream fields, contacts).
        text = str(page.specific.serializable_data())
        for value in BUSINESS_ID.findall(text):
            found += 1
            if not _is_valid_business_id(value):
                invalid.append(("page", page.url_path, value))
    assert found >= 3  # the statements name the county's business ID in each language
    assert not invalid, invalid


def test_deadlines_events_and_publications_fall_on_finnish_working_days(whole_demo):
    off_days, checked = [], 0
    for page in _pages_with_dates():
        for field, day in page.working_day_dates():
            checked += 1
            reason = off_day_reason(day, "en")
            if reason:
                off_days.append(f"{page.locale.language_code} {page.title}: {field} {reason}")
    for proposal in Proposal.objects.exclude(completion_due=None):
        checked += 1
        reason = off_day_reason(timezone.localdate(proposal.completion_due), "en")
        if reason:
            off_days.append(f"proposal {proposal.reference}: completion due {reason}")
    assert checked >= 100
    assert not off_days, "\n".join(off_days)


def test_no_event_between_christmas_eve_and_epiphany(whole_demo):
    in_break = [(event.title, event.start) for event in EventPage.objects.all()
                if in_christmas_break(timezone.localdate(event.start))]
    assert not in_break


def test_interests_were_registered_while_their_tender_took_them(whole_demo):
    late, early = [], []
    tenders = {tender.translation_key: tender for tender in
               TenderPage.objects.filter(locale__language_code="fi")}
    for interest in TenderInterest.objects.select_related("organisation"):
        tender = tenders[interest.tender_key]
        opened, until = interest_period(tender)
        label = (tender.reference, interest.organisation.name, interest.created_at)
        if until is not None and (interest.created_at > until or
                                  (interest.withdrawn_at and interest.withdrawn_at > until)):
            late.append((*label, until))
        if interest.created_at < opened:
            early.append((*label, opened))
    assert not late, late
    assert not early, early


def test_registrations_were_made_while_registration_was_open(whole_demo):
    events = {event.translation_key: event for event in
              EventPage.objects.filter(locale__language_code="fi")}
    wrong = []
    for registration in Registration.objects.all():
        event = events[registration.event_key]
        closes = event.registration_closes or event.start
        opens = event.registration_opens
        moments = [registration.created_at, registration.confirmed_at, registration.cancelled_at]
        if any(moment and moment > closes for moment in moments[:2]) or \
                (registration.cancelled_at and registration.cancelled_at > event.start) or \
                (opens and registration.created_at < opens):
            wrong.append((event.title, registration.email, registration.created_at, opens,
                          closes))
    assert not wrong, wrong


def test_proposals_were_started_and_sent_while_their_call_was_open(whole_demo):
    wrong = []
    for proposal in Proposal.objects.all():
        call = call_in(proposal.call_key, "fi")
        if proposal.created_at > call.deadline or proposal.created_at < call.opens or \
                (proposal.submitted_at and not call.opens <= proposal.submitted_at
                 <= call.deadline):
            wrong.append((call.title, proposal.reference, proposal.created_at,
                          proposal.submitted_at, call.opens, call.deadline))
    assert not wrong, wrong


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_news_of_a_pilot_call_gives_the_calls_own_days(whole_demo, language):
    source_call = PilotCallPage.objects.get(slug="etapalvelut-kotona-asumisen-tueksi")
    call = call_in(source_call.translation_key, language)
    source_article = NewsArticlePage.objects.get(
        slug="pilottihaku-etapalveluista-kotona-asumisen-tueksi")
    article = source_article.get_translation(call.locale)
    assert format_date(call.opens, language) in article.intro
    assert format_date(call.deadline, language) in article.intro
    assert article.date < timezone.localdate(call.opens)
