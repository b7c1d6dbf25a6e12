"""Seeds the demo events (events.yaml) in Finnish, Swedish and English; safe to run again.

`seed_event_registrations(stdout)` adds the demo organisations' members as registrants
(past events with attendance and their attendee count); it runs after the suppliers' seed.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from pilots.models import PilotCallPage
from portal.core.dates import next_event_day, next_working_day, previous_working_day
from portal.demo.content import LANGUAGES, load
from portal.demo.loader.pages import ensure_page, mailbox, stream
from portal.events.enums import ONLINE_FORMATS, RegistrationStatus
from portal.events.models import EventIndexPage, EventPage, EventQuestion, Registration
from portal.pages.models import HomePage
from portal.tenders.models import TenderPage
from suppliers.models import Membership

CONTENT = load("events")
ONLINE_URL = "https://meet.example.fi/{key}"


def ensure_index():
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = ensure_page(home, EventIndexPage, CONTENT["index"], extra={"show_in_menus": True})
    return EventIndexPage.objects.get(pk=index.pk)


def _venue(spec):
    """The venue the event names (`venues` in events.yaml), None for an online event."""
    return CONTENT["venues"][spec["venue"]] if spec["venue"] else None


def _start_and_end(spec, tender):
    if spec.get("date"):
        # Announced in a dated text (news, a tender): the day the text promises.
        day = datetime.date.fromisoformat(spec["date"])
    elif tender is not None:
        day = tender.market_dialogue_date
    else:
        # Forward to a working day outside the Christmas break, whatever day the demo is
        # seeded on: nobody holds a training on a Sunday or on 28 December.
        day = next_event_day(timezone.localdate() + datetime.timedelta(
            days=spec["days_from_now"]))
    time = datetime.time.fromisoformat(spec["start_time"])
    start = timezone.make_aware(datetime.datetime.combine(day, time))
    return start, start + datetime.timedelta(hours=spec["hours"])


def _on(day, moment):
    """`moment`'s time of day on `day`."""
    return timezone.make_aware(datetime.datetime.combine(day, timezone.localtime(moment).time()))


def _pilot_call(spec):
    """The demo pilot call the event is about (by its Finnish slug), if it has been seeded."""
    if not spec.get("pilot_call"):
        return None
    return PilotCallPage.objects.filter(slug=spec["pilot_call"],
                                        locale=Locale.get_default()).first()


def _aware(value):
    return timezone.make_aware(datetime.datetime.fromisoformat(value)) if value else None


def _registration_opens(spec, start):
    """The day a text announced, or about a month before the event, on a working day."""
    day = timezone.localdate(start)
    return _aware(spec.get("registration_opens")) or _on(
        next_working_day(day - datetime.timedelta(days=30)), start)


def _registration_closes(spec, start):
    """The day a text announced, or the working day before the event."""
    day = timezone.localdate(start)
    return _aware(spec.get("registration_closes")) or _on(
        previous_working_day(day - datetime.timedelta(days=1)), start)


def _facts(spec, tender):
    """The fields every language version shares."""
    start, end = _start_and_end(spec, tender)
    venue = _venue(spec)
    has_link = spec["event_format"] in ONLINE_FORMATS
    return {
        "event_type": spec["event_type"],
        "related_tender": tender,
        "related_pilot_call": _pilot_call(spec),
        "start": start,
        "end": end,
        "event_format": spec["event_format"],
        "postal_code": venue["postal_code"] if venue else "",
        "online_url": ONLINE_URL.format(key=spec["key"]) if has_link else "",
        "languages": spec["languages"],
        "capacity": spec["capacity"],
        "reserved_places": spec["reserved_places"],
        # Registration opens a month before (or on the day a text announced) and closes the
        # working day before the event.
        "registration_opens": _registration_opens(spec, start),
        "registration_closes": _registration_closes(spec, start),
        "recording_url": spec.get("recording_url", ""),
        "contact_name": CONTENT["contact"]["name"],
        "cancelled": spec.get("cancelled", False),
    }


def _texts(spec, language):
    texts = spec[language]
    venue = _venue(spec)[language] if spec["venue"] else {}
    materials = spec.get("materials")
    return {
        "slug": texts["slug"], "title": texts["title"], "intro": texts["intro"],
        "materials": stream([("paragraph", materials[language])]) if materials else "[]",
        "contact_email": mailbox(CONTENT["contact"]["email"], language),
        **venue,
    }


def _questions(spec, language):
    if spec["venue"] is None:
        return []
    question = CONTENT["dietary_question"][language]
    return [EventQuestion(sort_order=0, kind="long_text", **question)]


def ensure_event(index, spec):
    source_slug = spec["fi"]["slug"]
    existing = EventPage.objects.filter(slug=source_slug, locale=Locale.get_default()).first()
    if existing:
        return existing, False
    tender = None
    if spec.get("tender"):
        tender = TenderPage.objects.get(reference=spec["tender"], locale=Locale.get_default())
    facts = _facts(spec, tender)
    source = None
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        page = EventPage(locale=locale, **facts, **_texts(spec, language))
        page.questions = _questions(spec, language)
        if source is None:
            index.add_child(instance=page)
            source = page
        else:
            page.translation_key = source.translation_key
            for question, source_question in zip(page.questions.all(), source.questions.all(),
                                                 strict=True):
                question.translation_key = source_question.translation_key
            index.get_translation(locale).add_child(instance=page)
        page.save_revision().publish()
    return source, True


def seed_events(stdout):
    index = ensure_index()
    events = CONTENT["events"]
    created = sum(ensure_event(index, spec)[1] for spec in events)
    stdout.write(f"Events: {created} created, {len(events)} in the demo.")


def seed_event_registrations(stdout):
    """Members of the demo organisations registered for the demo events: past events with
    their attendance marked and closed with the attendee count, coming ones with confirmed
    places. Stored directly, as they happened before the demo starts (no e-mails); safe to
    run again."""
    members = list(Membership.objects.active().select_related("user", "organisation")
                   .order_by("organisation__business_id", "user__username"))
    if not members:
        return
    now = timezone.now()
    events = EventPage.objects.live().filter(locale=Locale.get_default(), cancelled=False) \
        .order_by("start")
    created = 0
    for number, event in enumerate(events):
        past = event.end < now
        places = event.open_places if event.open_places is not None else len(members)
        chosen = [members[(number * 3 + step) % len(members)]
                  for step in range(min(places, 4 + number % 3, len(members)))]
        if Registration.objects.filter(event_key=event.translation_key).exists():
            chosen = []  # registered already (by this seed or by the metrics history)
        # Registered while registration was open: a week before it closed (or before now).
        opens = event.registration_opens or event.start - datetime.timedelta(days=30)
        closes = min(event.registration_closes or event.start, now)
        if closes <= opens:
            chosen = []  # registration has not opened yet
        at = max(closes - datetime.timedelta(days=7), opens)
        for position, membership in enumerate(chosen):
            user = membership.user
            registration, made = Registration.objects.get_or_create(
                event_key=event.translation_key, email=user.email,
                defaults={
                    "user": user, "name": user.get_full_name() or user.email,
                    "organisation": membership.organisation,
                    "language": (membership.organisation.service_languages or ["fi"])[0],
                    "status": RegistrationStatus.CONFIRMED,
                    "confirmed_at": at,
                    # One in four did not come, as happens.
                    "attended": (position % 4 != 3) if past else None,
                })
            if made:
                Registration.objects.filter(pk=registration.pk).update(created_at=at,
                                                                       updated_at=at)
            created += made
        if past and not event.closed_at:
            attended = Registration.objects.filter(event_key=event.translation_key,
                                                   attended=True).count()
            EventPage.objects.filter(translation_key=event.translation_key).update(
                closed_at=event.end, attendee_count=attended)
    stdout.write(f"Event registrations: {created} created, "
                 f"{Registration.objects.count()} in all.")
