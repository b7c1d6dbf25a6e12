"""A year of demo history for the metrics: every month of the last twelve has figures.

Supplier organisations registered over the year (every type and size class, in the county's
municipalities) with their members, their interests in tenders and lots, alert
subscriptions, the e-mails the outbox sent them (delivered, some bounced), past events of
every type with registrations and attendance, earlier rounds of two demo pilot calls whose
proposals are moved through the real workflow at dates over the year, and daily views of
tender, event and pilot-call pages.

The history happened before the demo starts: it is stored directly (bulk_create, then the
timestamps that Django sets to "now" are put back to their day), nobody is e-mailed, and
the random choices are seeded, so two seeded databases tell the same story (dated from the
day each was seeded). Running it again adds nothing: each part skips what it finds.
"""

import copy
import datetime
import random
from collections import defaultdict

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from stdnum.fi import ytunnus
from wagtail.models import Locale

from pilots.models import PilotCallPage, Proposal
from portal.demo.content import load
from portal.demo.loader import events as events_loader
from portal.demo.loader import pilots as pilots_loader
from portal.demo.loader.suppliers import CONTENT as SUPPLIERS
from portal.events.enums import RegistrationStatus
from portal.events.models import EventPage, Registration
from portal.metrics import frozen
from portal.metrics.models import PageViewDay, SignInMonth
from portal.notifications.domain import sender
from portal.notifications.models import OutboundEmail
from portal.taxonomy.models import Municipality, ServiceArea
from portal.tenders.models import TenderPage
from suppliers.alerts.models import AlertSubscription
from suppliers.interests.domain import interest_period
from suppliers.interests.models import InterestedLot, TenderInterest
from suppliers.models import Membership, Organisation

CONTENT = load("metrics")

SEED = 2026
MONTHS = 13  # this month and the twelve before it
ORGANISATIONS_PER_MONTH = (3, 5)  # at least, at most
DOMAIN = "example.fi"

# (organisation type, weight) and (size class, weight): mostly small companies, as in the
# county's provider base; a few large ones, associations and cooperatives.
TYPES = [("company", 50), ("association", 16), ("sole_trader", 12), ("cooperative", 8),
         ("in_house", 6), ("public_body", 3)]
SIZES = [("micro", 40), ("small", 30), ("medium", 20), ("large", 10)]
SIZE_ORDER = ["micro", "small", "medium", "large"]


def _weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def _month_starts(today):
    """The first day of this month and of each of the MONTHS - 1 months before it."""
    starts, day = [], today.replace(day=1)
    for _ in range(MONTHS):
        starts.append(day)
        day = (day - datetime.timedelta(days=1)).replace(day=1)
    return starts


def _moment(day, rng, earliest=8, latest=17):
    """An aware moment on `day` (Helsinki) during office hours."""
    time = datetime.time(rng.randint(earliest, latest - 1), rng.randrange(60))
    return timezone.make_aware(datetime.datetime.combine(day, time))


def _between(rng, start, end):
    """A moment between two aware datetimes (start if the window is empty)."""
    seconds = (end - start).total_seconds()
    return start + datetime.timedelta(seconds=rng.uniform(0, seconds)) if seconds > 0 \
        else start


def business_id(number):
    """The valid business ID (Y-tunnus) of a seven-digit number, checked as the portal checks
    them (python-stdnum); None when no check digit makes one (the caller skips it)."""
    digits = f"{number:07d}"
    return next((f"{digits}-{check}" for check in range(10)
                 if ytunnus.is_valid(f"{digits}{check}")), None)


# History organisations' business IDs start here; the demo's own are elsewhere.
FIRST_NUMBER = 3160000


def history_business_ids(count):
    ids, number = [], FIRST_NUMBER
    while len(ids) < count:
        value = business_id(number)
        if value:
            ids.append(value)
        number += 7
    return ids


def seed_metrics_history(stdout):
    """The whole history; each part is skipped when it is there already."""
    rng = random.Random(SEED)  # noqa: S311  (demo data, not secrets)
    now = timezone.now()
    organisations = seed_organisation_history(stdout, rng, now)
    seed_call_rounds(stdout, organisations)
    seed_event_history(stdout, rng, now)
    seed_email_history(stdout, rng, now)
    seed_page_view_history(stdout, rng)
    # Stored past the signals (bulk_create, dates put back): months kept before are forgotten.
    frozen.forget_everything()


# --- Organisations, members, interests, alerts ---------------------------------------------

def _organisation_name(rng, kind, language, place, trade, used):
    _code, fi_place, sv_place = place
    area, fi_trade, sv_trade = trade
    for _attempt in range(20):
        if kind == "association":
            area, fi_name, sv_name = rng.choice(CONTENT["associations"])
            name = f"{fi_place} {fi_name}" if language == "fi" else f"{sv_place} {sv_name}"
        elif kind == "sole_trader":
            first = rng.choice(CONTENT["first_names"][language])
            last = rng.choice(CONTENT["last_names"][language])
            name = f"{fi_trade if language == 'fi' else sv_trade} {first} {last}"
        elif kind == "cooperative":
            name = f"{fi_place} {fi_trade}osuuskunta" if language == "fi" \
                else f"{sv_place} {sv_trade.lower()}andelslag"
        elif kind == "public_body":
            name = f"{fi_place.removesuffix('n')} kunta" if language == "fi" \
                else f"{sv_place.removesuffix('s')} kommun"
        elif kind == "in_house":
            name = f"{fi_place} Palvelukeskus Oy" if language == "fi" \
                else f"{sv_place} Servicecenter Ab"
        else:
            suffix = rng.choice(["Oy", "Oy", "Ky"]) if language == "fi" else "Ab"
            name = f"{fi_place} {fi_trade} {suffix}" if language == "fi" \
                else f"{sv_place} {sv_trade} {suffix}"
        if name not in used:
            used.add(name)
            return name, area
        place = rng.choice(CONTENT["places"])
        _code, fi_place, sv_place = place
    return f"{name} {len(used)}", area


def _slug(text):
    table = str.maketrans("äöåé", "aoae")
    return "".join(c for c in text.lower().translate(table) if c.isalnum())[:30]


def seed_organisation_history(stdout, rng, now):
    """Organisations registered over the year with 1–3 members each, the interests they
    registered in tenders and lots, and their members' alert subscriptions. Returns the
    history's organisations (the existing ones when run again)."""
    today = timezone.localdate()
    months = _month_starts(today)
    plan = []  # (registered at)
    for index, start in enumerate(months):
        end = today if index == 0 else months[index - 1]
        days = max((end - start).days, 1)
        for _ in range(rng.randint(*ORGANISATIONS_PER_MONTH)):
            day = start + datetime.timedelta(days=rng.randrange(days))
            plan.append(min(_moment(day, rng), now - datetime.timedelta(hours=1)))
    plan.sort()
    ids = history_business_ids(len(plan))
    existing = Organisation.objects.filter(business_id__in=ids)
    if existing.exists():
        stdout.write("History: organisations there already.")
        return list(existing.order_by("created_at"))

    areas = {term.code: term for term in ServiceArea.objects.all()}
    places = {term.code: term for term in Municipality.objects.all()}
    User = get_user_model()
    used_names = set(Organisation.objects.values_list("name", flat=True))
    organisations, people = [], []  # people: (organisation index, user, role, status, at)
    for number, (registered_at, value) in enumerate(zip(plan, ids, strict=True)):
        kind = _weighted(rng, TYPES)
        size = "micro" if kind == "sole_trader" else _weighted(rng, SIZES)
        # The turnover band may be one below the headcount band; the class is the larger.
        turnover = SIZE_ORDER[max(SIZE_ORDER.index(size) - rng.randint(0, 1), 0)]
        headcount, turnover = (size, turnover) if rng.random() < 0.5 else (turnover, size)
        place = rng.choice(CONTENT["places"])
        language = "sv" if place[0] in {"545", "598", "599", "475", "946", "280", "440",
                                        "231", "288", "893", "287"} and rng.random() < 0.7 \
            else "fi"
        name, area = _organisation_name(rng, kind, language, place,
                                        rng.choice(CONTENT["trades"]), used_names)
        domain = f"{_slug(name)}.{DOMAIN}"
        if kind in ("company", "sole_trader", "cooperative"):
            # This draw once set a self-declared voucher-producer flag (removed: only the
            # county approves voucher producers); it stays so the history is unchanged.
            rng.random()
        organisation = Organisation(
            name=name, business_id=value, organisation_type=kind, headcount_band=headcount,
            turnover_band=turnover,
            service_languages=[language] + (["sv" if language == "fi" else "fi"]
                                            if rng.random() < 0.6 else []),
            verified=rng.random() < 0.8, contact_email=f"info@{domain}",
            website=f"https://www.{domain}/")
        organisation.verified_at = registered_at + datetime.timedelta(days=rng.randint(1, 10)) \
            if organisation.verified else None
        if organisation.verified_at and organisation.verified_at > now:
            organisation.verified_at = now
        organisation.history = {
            "areas": {area} | ({rng.choice(list(areas))} if rng.random() < 0.3 else set()),
            "places": {place[0]} | set(rng.sample([p[0] for p in CONTENT["places"]],
                                                  rng.randint(0, 3))),
            "language": language}
        organisations.append(organisation)
        for position in range(rng.choice([1, 1, 2, 2, 3])):
            first = rng.choice(CONTENT["first_names"][language])
            last = rng.choice(CONTENT["last_names"][language])
            email = f"{_slug(first)}.{_slug(last)}{number}@{domain}"
            joined = registered_at if position == 0 else \
                min(registered_at + datetime.timedelta(days=rng.randint(1, 60)), now)
            user = User(username=email, email=email, first_name=first, last_name=last,
                        password=make_password(None), date_joined=joined)  # unusable
            # Most have signed in since; the dashboard counts active supplier users.
            if rng.random() < 0.75:
                user.last_login = _between(rng, joined, now)
            status = "requested" if position and rng.random() < 0.1 else "active"
            people.append((number, user, "admin" if position == 0 else "member", status,
                           joined))

    Organisation.objects.bulk_create(organisations)
    # created_at is auto_now_add (bulk_create set it to now): put back the day each
    # registered.
    for organisation, registered_at in zip(organisations, plan, strict=True):
        organisation.created_at = registered_at
    Organisation.objects.bulk_update(organisations, ["created_at"])
    Organisation.service_areas.through.objects.bulk_create([
        Organisation.service_areas.through(organisation=o, servicearea=areas[code])
        for o in organisations for code in sorted(o.history["areas"]) if code in areas])
    Organisation.municipalities.through.objects.bulk_create([
        Organisation.municipalities.through(organisation=o, municipality=places[code])
        for o in organisations for code in sorted(o.history["places"]) if code in places])
    users = User.objects.bulk_create([user for _n, user, _r, _s, _j in people])
    EmailAddress.objects.bulk_create([
        EmailAddress(user=user, email=user.email, verified=True, primary=True)
        for user in users])
    memberships = [Membership(user=user, organisation=organisations[number], role=role,
                              status=status, status_changed_at=joined)
                   for (number, _u, role, status, joined), user in zip(people, users,
                                                                       strict=True)]
    Membership.objects.bulk_create(memberships)
    for membership in memberships:
        membership.created_at = membership.status_changed_at
    Membership.objects.bulk_update(memberships, ["created_at"])

    _sign_in_history(rng, users)
    interests = _interest_history(rng, now, organisations, memberships)
    alerts = _alert_history(rng, now, memberships, areas, places)
    stdout.write(f"History: {len(organisations)} organisations over {MONTHS} months, "
                 f"{len(users)} members, {interests} interests, {alerts} alerts.")
    return organisations


def _sign_in_history(rng, users):
    """The months in which each member signed in: most months between joining and the
    last sign-in (the active-users indicator counts these)."""
    rows = []
    for user in users:
        if user.last_login is None:
            continue
        first = timezone.localtime(user.date_joined).date().replace(day=1)
        last = timezone.localtime(user.last_login).date().replace(day=1)
        month = first
        while month <= last:
            if month in (first, last) or rng.random() < 0.5:
                rows.append(SignInMonth(user=user, month=month))
            month = (month + datetime.timedelta(days=32)).replace(day=1)
    SignInMonth.objects.bulk_create(rows, ignore_conflicts=True)


def _interest_history(rng, now, organisations, memberships):
    tenders = list(TenderPage.objects.live().filter(locale=Locale.get_default())
                   .prefetch_related("service_areas", "lots").order_by("reference"))
    if not tenders:
        return 0
    admins = {m.organisation_id: m.user for m in memberships if m.role == "admin"}
    periods = {tender.pk: interest_period(tender) for tender in tenders}
    interests, picked_lots, dates = [], [], []

    def add(organisation, tender, style, at, until):
        mode, capacity, questions = style["mode"], style["capacity"], style["questions"]
        interest = TenderInterest(
            tender_key=tender.translation_key, organisation=organisation,
            registered_by=admins.get(organisation.pk), mode=mode, capacity=capacity,
            questions=questions, language=organisation.history["language"])
        changed = at
        if rng.random() < 0.08:
            interest.status = "withdrawn"
            interest.withdrawn_at = changed = _between(rng, at, until)
        interests.append(interest)
        dates.append((at, changed))
        lots = sorted(tender.lots.all(), key=lambda lot: lot.number)
        if mode != "following" and lots:
            picked_lots.append((interest, rng.sample(lots, rng.randint(1, min(3, len(lots))))))

    for organisation in organisations:
        # Only tenders that still took interest when the organisation registered.
        open_ones = [t for t in tenders
                     if (periods[t.pk][1] or now) > organisation.created_at
                     + datetime.timedelta(days=1)]
        areas = organisation.history["areas"]
        matching = [t for t in open_ones if areas & {a.code for a in t.service_areas.all()}]
        others = [t for t in open_ones if t not in matching]
        chosen = rng.sample(matching, min(len(matching), rng.randint(1, 4)))
        if others and rng.random() < 0.3:
            chosen.append(rng.choice(others))
        for tender in chosen:
            style = rng.choice(SUPPLIERS["interest_styles"])
            opened, until = periods[tender.pk]
            until = min(until or now, now) - datetime.timedelta(minutes=30)
            # Most interest comes within weeks of registering (or of the tender's
            # publication), and before the tender stops taking it.
            at = min(max(organisation.created_at, opened) + datetime.timedelta(
                days=rng.expovariate(1 / 25)), until)
            add(organisation, tender, style, at, until)
    # Every month of the history has someone taking an interest (the monthly series have no
    # empty month): where the draw left one empty, an organisation registered by then takes
    # an interest in a tender that took interests in that month.
    taken = {(interest.tender_key, interest.organisation_id) for interest in interests}
    starts = [timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
              for day in sorted(_month_starts(timezone.localdate()))]
    for start, end in zip(starts, [*starts[1:], now], strict=True):
        if any(start <= at < end for at, _changed in dates):
            continue
        windows = []
        for organisation in organisations:
            for tender in tenders:
                opened, until = periods[tender.pk]
                until = min(until or now, end, now) - datetime.timedelta(minutes=30)
                begins = max(start, organisation.created_at, opened)
                if begins < until and (tender.translation_key, organisation.pk) not in taken:
                    windows.append((organisation, tender, begins, until))
        if windows:
            organisation, tender, begins, until = rng.choice(windows)
            taken.add((tender.translation_key, organisation.pk))
            add(organisation, tender, rng.choice(SUPPLIERS["interest_styles"]),
                _between(rng, begins, until), until)
    TenderInterest.objects.bulk_create(interests)
    # Both timestamps are automatic (set to now by bulk_create): put back the story's.
    for interest, (at, changed) in zip(interests, dates, strict=True):
        interest.created_at, interest.updated_at = at, changed
    TenderInterest.objects.bulk_update(interests, ["created_at", "updated_at"])
    InterestedLot.objects.bulk_create([
        InterestedLot(interest=interest, lot_key=lot.translation_key)
        for interest, lots in picked_lots for lot in lots])
    return len(interests)


def _alert_history(rng, now, memberships, areas, places):
    subscriptions, criteria = [], []
    for membership in memberships:
        if membership.status != "active" or rng.random() < 0.55:
            continue
        organisation = membership.organisation
        language = organisation.history["language"]
        weekly = rng.random() < 0.4
        subscription = AlertSubscription(
            user=membership.user, name=("Viikkokooste" if weekly else "Uudet hankinnat")
            if language == "fi" else ("Veckosammandrag" if weekly else "Nya upphandlingar"),
            events=rng.random() < 0.6, pilot_calls=rng.random() < 0.4,
            frequency="weekly" if weekly else "immediate", language=language,
            active=rng.random() < 0.9,
            created_at=_between(rng, membership.created_at,
                                min(membership.created_at + datetime.timedelta(days=30), now)))
        subscriptions.append(subscription)
        criteria.append((subscription, organisation.history))
    AlertSubscription.objects.bulk_create(subscriptions)
    through_areas = AlertSubscription.service_areas.through
    through_places = AlertSubscription.municipalities.through
    through_areas.objects.bulk_create([
        through_areas(alertsubscription=subscription, servicearea=areas[code])
        for subscription, history in criteria for code in sorted(history["areas"])
        if code in areas])
    through_places.objects.bulk_create([
        through_places(alertsubscription=subscription, municipality=places[code])
        for subscription, history in criteria if rng.random() < 0.5
        for code in sorted(history["places"]) if code in places])
    return len(subscriptions)


# --- Earlier rounds of pilot calls ---------------------------------------------------------

def _shift_steps(steps, days):
    """The steps `days` earlier (a return's completion date too)."""
    shifted = []
    for action, day, *rest in steps:
        if action == "return":
            rest = [rest[0], rest[1] - days]
        shifted.append((action, day - days, *rest))
    return shifted


def _finished_story(steps):
    """An earlier round ended long ago: a proposal left in screening or review got its
    reviews' outcome."""
    action, day = steps[-1][0], steps[-1][1]
    if action == "screen":
        return [*steps, ("review", day + 4), ("decide", day + 16, "reserve")]
    if action == "review":
        return [*steps, ("decide", day + 14, "accepted")]
    return steps


def _round_specs(key, days, suffixes, history_organisations):
    """The call and proposal specs (the shape of pilots.yaml) of an earlier round of the
    demo call `key`: its story told `days` earlier, finished, its decisions released on one
    day after the last of them, some proposals by organisations of the history."""
    spec = copy.deepcopy(next(call for call in pilots_loader.CONTENT["calls"]
                              if call["key"] == key))
    spec["key"] = f"{key}-round-1"
    spec["opens_days"] -= days
    spec["deadline_days"] -= days
    for language, (title, slug) in suffixes.items():
        spec[language]["title"] += title
        spec[language]["slug"] += slug
    proposals = copy.deepcopy(pilots_loader.CONTENT["proposals"][key])
    replacements = list(history_organisations)
    decisions, releases = [], []
    for proposal in proposals:
        proposal["created_days"] -= days
        steps = _shift_steps(proposal["steps"], days)
        releases += [step[1] for step in steps if step[0] == "release"]
        steps = [step for step in steps if step[0] != "release"]
        proposal["steps"] = _finished_story(steps) if steps else steps
        decisions += [step[1] for step in proposal["steps"] if step[0] == "decide"]
        follow_up = proposal.get("follow_up")
        if follow_up:
            follow_up["starts"] -= days
            if follow_up["ends"] is not None:
                follow_up["ends"] -= days
            follow_up["milestones"] = [
                (title, None if due is None else due - days,
                 None if done is None else done - days)
                for title, due, done in follow_up["milestones"]]
        # An organisation of the history tells the story if it had registered (ten days
        # before) and writes in the proposal's language.
        created = timezone.now() + datetime.timedelta(days=proposal["created_days"] - 10)
        language = _language_of(proposal["organisation"])
        for organisation in replacements:
            if organisation.created_at < created and \
                    organisation.service_languages[0] == language:
                proposal["organisation"] = organisation.business_id
                replacements.remove(organisation)
                break
    if decisions:
        release = max([*releases, max(decisions) + 5])
        later = [step[1] for proposal in proposals for step in proposal["steps"]
                 if step[0] in ("agreement", "piloting", "complete")]
        assert not later or min(later) > release, "a pilot starts before its decision"
        proposals[0]["steps"].append(("release", release))
    return spec, proposals


def _language_of(business_id):
    organisation = Organisation.objects.filter(business_id=business_id).first()
    return (organisation.service_languages or ["fi"])[0] if organisation else "fi"


def seed_call_rounds(stdout, history_organisations):
    """Earlier rounds of two demo calls, their proposals played through the workflow."""
    index = pilots_loader.ensure_index()
    manager, reviewers = pilots_loader.pilot_people()
    created = 0
    rounds = CONTENT["call_rounds"]
    for key, days, suffixes in rounds:
        spec, proposals = _round_specs(key, days, suffixes, history_organisations)
        call, _new = pilots_loader.ensure_call(index, spec)
        created += pilots_loader.ensure_proposals(call, proposals, manager, reviewers)
    stdout.write(f"History: {len(rounds)} earlier pilot-call rounds, "
                 f"{created} proposals created, {Proposal.objects.count()} in all.")


# --- Past events ---------------------------------------------------------------------------

def seed_event_history(stdout, rng, now):
    """The past events, and for each one registrations of members whose organisation had
    registered by then, most of whom came; the event is closed with its attendee count."""
    index = events_loader.ensure_index()
    events = [events_loader.ensure_event(index, spec)[0] for spec in CONTENT["events"]]
    members = list(Membership.objects.active().select_related("user", "organisation")
                   .order_by("created_at", "pk"))
    registrations, dates = [], []
    for event in events:
        if Registration.objects.filter(event_key=event.translation_key).exists():
            continue
        # Registration closes the working day before the event (or, without a closing
        # time, the day before): only those who were members by then could register.
        closes = min(event.registration_closes or event.start,
                     event.start - datetime.timedelta(days=1))
        eligible = [m for m in members if m.created_at < closes - datetime.timedelta(days=1)
                    and m.user.email]
        places = event.open_places if event.open_places is not None else 40
        count = min(len(eligible), places, rng.randint(8, 24))
        for position, membership in enumerate(rng.sample(eligible, count)):
            user, organisation = membership.user, membership.organisation
            at = _between(rng, max(event.registration_opens or event.start, membership.created_at),
                          closes)
            registration = Registration(
                event_key=event.translation_key, user=user,
                name=user.get_full_name() or user.email, email=user.email,
                organisation=organisation,
                language=(organisation.service_languages or ["fi"])[0],
                status=RegistrationStatus.CONFIRMED, confirmed_at=at,
                # The first surely came: every past event had someone.
                attended=position == 0 or rng.random() < 0.8)
            if position % 9 == 8:  # some cancel before the day
                registration.status = RegistrationStatus.CANCELLED
                registration.cancelled_at = _between(rng, at, event.start)
                registration.attended = None
            registrations.append(registration)
            dates.append((at, registration.cancelled_at or at))
    Registration.objects.bulk_create(registrations)
    for registration, (at, changed) in zip(registrations, dates, strict=True):
        registration.created_at, registration.updated_at = at, changed
    Registration.objects.bulk_update(registrations, ["created_at", "updated_at"])
    attended = defaultdict(int)
    for registration in registrations:
        attended[registration.event_key] += bool(registration.attended)
    for event in events:
        if event.translation_key in attended:
            EventPage.objects.filter(translation_key=event.translation_key).update(
                closed_at=event.end, attendee_count=attended[event.translation_key])
    stdout.write(f"History: {len(events)} past events, {len(registrations)} registrations "
                 f"created.")


# --- The outbox ----------------------------------------------------------------------------

def _delivery(rng):
    """(status, delivery status): most delivered, some bounced, a few never confirmed."""
    roll = rng.random()
    if roll < 0.88:
        return "sent", "delivered"
    if roll < 0.93:
        return "sent", "bounced"
    if roll < 0.96:
        return "sent", ""
    if roll < 0.98:
        return "sent", "deferred"
    return "failed", ""


def seed_email_history(stdout, rng, now):
    """The e-mails the history's people were sent: alerts (immediate ones and weekly
    digests), event confirmations and reminders, invitations to join an organisation."""
    history_ids = history_business_ids(MONTHS * ORGANISATIONS_PER_MONTH[1])
    # Nothing else in the demo is older than a month in the outbox.
    if OutboundEmail.objects.filter(created_at__lt=now - datetime.timedelta(days=30)).exists():
        stdout.write("History: e-mails there already.")
        return
    senders = {language: sender(language) for language in ("fi", "sv")}
    messages = []

    def message(to, template, language, at):
        language = language if language in CONTENT["email_subjects"][template] else "fi"
        status, delivery = _delivery(rng)
        subject = CONTENT["email_subjects"][template][language]
        sent_at = at + datetime.timedelta(seconds=rng.randint(5, 90))
        messages.append(OutboundEmail(
            to=to, language=language, template=template, subject=subject,
            text_body=subject, headers={"From": senders[language]}, status=status,
            attempts=1 if status == "sent" else 5, next_attempt_at=at, last_attempt_at=sent_at,
            last_error="" if status == "sent" else "ESP refused the message",
            created_at=at, sent_at=sent_at if status == "sent" else None,
            delivery_status=delivery,
            delivery_updated_at=sent_at + datetime.timedelta(minutes=2) if delivery else None))

    subscriptions = AlertSubscription.objects.filter(
        user__supplier_memberships__organisation__business_id__in=history_ids) \
        .select_related("user").distinct().order_by("pk")
    for subscription in subscriptions:
        step = 7 if subscription.frequency == "weekly" else 12
        at = subscription.created_at + datetime.timedelta(days=rng.randint(2, step))
        while at < now - datetime.timedelta(hours=2):
            template = "alerts_digest" if subscription.frequency == "weekly" \
                else "alerts_immediate"
            message(subscription.user.email, template, subscription.language, at)
            at += datetime.timedelta(days=step if template == "alerts_digest"
                                     else rng.randint(5, 25))
    for registration in Registration.objects.filter(
            organisation__business_id__in=history_ids).order_by("pk"):
        message(registration.email, "events_confirmed", registration.language,
                registration.created_at)
        if registration.attended is not None:
            message(registration.email, "events_reminder", registration.language,
                    registration.created_at + datetime.timedelta(minutes=1)
                    if registration.confirmed_at is None else
                    max(registration.created_at, registration.confirmed_at)
                    + datetime.timedelta(hours=1))
    for membership in Membership.objects.filter(
            organisation__business_id__in=history_ids, role="member") \
            .select_related("user", "organisation").order_by("pk"):
        message(membership.user.email, "suppliers_invitation",
                (membership.organisation.service_languages or ["fi"])[0],
                membership.created_at - datetime.timedelta(hours=3))
    OutboundEmail.objects.bulk_create(messages, batch_size=1000)
    stdout.write(f"History: {len(messages)} e-mails in the outbox.")


# --- Page views ----------------------------------------------------------------------------

def seed_page_view_history(stdout, rng):
    """Views per day of every tender, event and pilot-call page over the year: a steady
    interest of its own per page, fewer at weekends, the Swedish and English versions read
    less than the Finnish."""
    today = timezone.localdate()
    if PageViewDay.objects.filter(day__lt=today - datetime.timedelta(days=1)).exists():
        stdout.write("History: page views there already.")
        return
    share = {"fi": 1.0, "sv": 0.45, "en": 0.08}
    rows = []
    for model, base in ((TenderPage, 14), (EventPage, 5), (PilotCallPage, 8)):
        for page_id, language in model.objects.live().order_by("pk").values_list(
                "pk", "locale__language_code"):
            mean = rng.uniform(0.3, 1.6) * base * share.get(language, 0.1)
            for back in range(365, 0, -1):
                day = today - datetime.timedelta(days=back)
                weekday = 0.3 if day.weekday() >= 5 else 1.0
                views = int(rng.gauss(mean * weekday, mean * 0.4 + 0.5) + 0.5)
                if views > 0:
                    rows.append(PageViewDay(page_id=page_id, day=day, views=views))
    PageViewDay.objects.bulk_create(rows, batch_size=2000)
    stdout.write(f"History: {len(rows)} days of page views.")
