"""A year of synthetic engagement for the metrics benchmark: N organisations and M records.

The records are split in fixed shares between expressions of interest and their lots,
event registrations, alert subscriptions, outbox e-mails, pilot proposals (with their
moves) and page-view days, dated over the last twelve months (Helsinki). Tenders come from
`seed_bench` (added when the calendar has fewer than --tenders); events and pilot calls are
added as live pages without revisions, as `seed_bench` adds tenders. Everything is written
with bulk_create in batches, inside one transaction per kind, and tagged so that a second
run adds nothing (`--replace` removes an earlier run's records first).
"""

import contextlib
import datetime
import logging
import random
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Locale

from portal.events.models import EventIndexPage
from portal.metrics import frozen
from portal.taxonomy.models import Municipality, ServiceArea
from tests.factories import business_id_of, index_page

BATCH = 5000
DOMAIN = "metrics-bench.example"
FIRST_NUMBER = 5100000  # business IDs of the bench's organisations start here
# Shares of the engagement records (they add up to 1).
SHARES = {"interests": 0.25, "lots": 0.30, "registrations": 0.10, "alerts": 0.03,
          "emails": 0.20, "proposals": 0.01, "transitions": 0.02, "page_views": 0.09}
TYPES = ["company"] * 10 + ["association"] * 3 + ["sole_trader"] * 3 + ["cooperative", "in_house"]
BANDS = ["micro"] * 4 + ["small"] * 3 + ["medium"] * 2 + ["large"]


@contextlib.contextmanager
def stored_timestamps(model):
    """Let bulk_create store the objects' own created_at/updated_at: Django's auto_now(_add)
    would set them to now, and a bulk_update of hundreds of thousands of rows afterwards is
    slow (its CASE grows with each batch). Only for this seeding."""
    fields = [field for field in model._meta.concrete_fields
              if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


class Command(BaseCommand):
    help = ("Add a year of synthetic metrics data: --organisations organisations and "
            "--records engagement records (benchmark data, on PostgreSQL).")

    def add_arguments(self, parser):
        parser.add_argument("--organisations", type=int, default=20000)
        parser.add_argument("--records", type=int, default=1_000_000)
        parser.add_argument("--tenders", type=int, default=300,
                            help="Tenders the calendar needs (seed_bench adds the missing).")
        parser.add_argument("--events", type=int, default=200,
                            help="Events the registrations are spread over.")
        parser.add_argument("--calls", type=int, default=24,
                            help="Pilot calls the proposals are spread over.")
        parser.add_argument("--seed", type=int, default=2027)
        parser.add_argument("--replace", action="store_true",
                            help="Remove an earlier run's data first.")

    def handle(self, *args, organisations, records, tenders, events, calls, seed, replace,
               **options):
        from suppliers.models import Organisation

        # Wagtail logs every page it creates; the command reports its own totals.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        self.event_count, self.call_count = max(events, 1), max(calls, 1)
        self.rng = random.Random(seed)  # noqa: S311  (synthetic data, not secrets)
        self.started = time.monotonic()
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.year_ago = self.now - datetime.timedelta(days=365)
        if replace:
            self._remove()
        if Organisation.objects.filter(contact_email__endswith=f"@{DOMAIN}").exists():
            self.stdout.write("Benchmark metrics data there already (--replace to redo).")
            return
        counts = {kind: int(records * share) for kind, share in SHARES.items()}
        self._tenders(tenders)
        with transaction.atomic():
            orgs, members = self._organisations(organisations)
        with transaction.atomic():
            self._interests(orgs, members, counts["interests"], counts["lots"])
        with transaction.atomic():
            self._registrations(members, counts["registrations"])
        with transaction.atomic():
            self._alerts(members, counts["alerts"])
        with transaction.atomic():
            self._emails(members, counts["emails"])
        with transaction.atomic():
            self._proposals(orgs, members, counts["proposals"], counts["transitions"])
        with transaction.atomic():
            self._page_views(counts["page_views"])
        # Written past the signals (bulk_create): figures kept of finished months are forgotten.
        frozen.forget_everything()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(f"Created {organisations} organisations and {sum(counts.values())} "
                          f"engagement records in {self._elapsed()}.")

    # --- helpers ---------------------------------------------------------------------------

    def _elapsed(self):
        return f"{time.monotonic() - self.started:.0f} s"

    def _log(self, text):
        self.stdout.write(f"  {text} ({self._elapsed()})")

    def _moment(self, after=None):
        """A moment in the last year (after `after` when given), office hours in the
        weekdays' proportion not modelled: uniform is enough for a benchmark."""
        start = max(after or self.year_ago, self.year_ago)
        seconds = max((self.now - start).total_seconds() - 60, 1)
        return start + datetime.timedelta(seconds=self.rng.uniform(0, seconds))

    def _bulk(self, model, objects):
        with stored_timestamps(model):
            model.objects.bulk_create(objects, batch_size=BATCH)
        return objects

    def _remove(self):
        """Delete an earlier run's rows, children first, without Django's per-object cascade
        and signals (hours at this size); its pages are deleted as pages."""
        from pilots.models import PilotCallPage, Proposal, ProposalTransition
        from portal.events.models import EventPage, Registration
        from portal.metrics.models import SignInMonth
        from portal.notifications.models import OutboundEmail
        from suppliers.alerts.models import AlertSubscription
        from suppliers.interests.models import InterestedLot, TenderInterest
        from suppliers.models import Membership, Organisation

        organisations = Organisation.objects.filter(contact_email__endswith=f"@{DOMAIN}")
        users = get_user_model().objects.filter(email__endswith=f"@{DOMAIN}")
        for queryset in (
                InterestedLot.objects.filter(interest__organisation__in=organisations),
                TenderInterest.objects.filter(organisation__in=organisations),
                Registration.objects.filter(email__endswith=f"@{DOMAIN}"),
                AlertSubscription.objects.filter(user__in=users),
                OutboundEmail.objects.filter(to__endswith=f"@{DOMAIN}"),
                ProposalTransition.objects.filter(proposal__organisation__in=organisations),
                Proposal.municipalities.through.objects.filter(
                    proposal__organisation__in=organisations),
                Proposal.objects.filter(organisation__in=organisations),
                SignInMonth.objects.filter(user__in=users),
                Membership.objects.filter(organisation__in=organisations),
                Organisation.service_areas.through.objects.filter(
                    organisation__in=organisations),
                Organisation.municipalities.through.objects.filter(
                    organisation__in=organisations),
                organisations, users):
            with transaction.atomic():
                queryset._raw_delete(queryset.db)
        for model in (EventPage, PilotCallPage):
            for page in model.objects.filter(slug__startswith="bench-metrics-"):
                page.delete()
        frozen.forget_everything()
        self._log("removed the earlier run's data")

    # --- pages -----------------------------------------------------------------------------

    def _tenders(self, wanted):
        from portal.tenders.models import TenderPage

        have = TenderPage.objects.live().filter(locale=Locale.get_default()).count()
        if have < wanted:
            call_command("seed_bench", tenders=wanted - have, stdout=self.stdout)
        self._log(f"{max(have, wanted)} tenders in the calendar")

    def _events(self):
        """Past and coming events of every type, in Finnish, dated over the year."""
        from portal.events.models import EventPage

        index = index_page(EventIndexPage)
        types = ["training", "market_dialogue", "supplier_info", "pilot_info"]
        pages = []
        for number in range(self.event_count):
            start = self.year_ago + datetime.timedelta(days=number * 380 / self.event_count,
                                                       hours=9)
            pages.append(EventPage(
                title=f"Synteettinen tilaisuus {number + 1}", slug=f"bench-metrics-event-{number}",
                event_type=types[number % len(types)], start=start,
                end=start + datetime.timedelta(hours=2), event_format="online",
                online_url="https://meet.example.fi/bench",
                languages=["fi"], capacity=None,
                closed_at=start + datetime.timedelta(hours=2) if start < self.now else None))
        add_pages(index, pages)
        return pages

    def _calls(self):
        from pilots.models import PilotCallIndexPage, PilotCallPage

        index = index_page(PilotCallIndexPage)
        area = ServiceArea.objects.get(code="home-care-support")
        vaasa = Municipality.objects.get(code="905")
        pages = []
        for number in range(self.call_count):
            opens = self.year_ago + datetime.timedelta(days=number * 350 / self.call_count)
            pages.append(PilotCallPage(
                title=f"Synteettinen pilottihaku {number + 1}",
                slug=f"bench-metrics-call-{number}", theme="Suorituskykytesti",
                goals="Suorituskykytesti.", eligibility="Kaikki.", pilots_sought=3,
                service_areas=[area], municipalities=[vaasa],
                opens=opens, deadline=opens + datetime.timedelta(days=40),
                score_aggregate="mean"))
        add_pages(index, pages)
        return pages

    # --- organisations and people ----------------------------------------------------------

    def _organisations(self, count):
        from suppliers.models import Membership, Organisation

        areas = list(ServiceArea.objects.all())
        places = list(Municipality.objects.all())
        rng, ids, number = self.rng, [], FIRST_NUMBER
        while len(ids) < count:
            value = business_id_of(number)
            if value:
                ids.append(value)
            number += 1
        orgs = []
        for n, value in enumerate(ids):
            headcount, turnover = rng.choice(BANDS), rng.choice(BANDS)
            orgs.append(Organisation(
                name=f"Synteettinen palveluntuottaja {n + 1}", business_id=value,
                organisation_type=rng.choice(TYPES), headcount_band=headcount,
                turnover_band=turnover, service_languages=[rng.choice(["fi", "fi", "sv"])],
                verified=rng.random() < 0.7, contact_email=f"org{n}@{DOMAIN}",
                created_at=self._moment()))
        self._bulk(Organisation, orgs)
        self._bulk(Organisation.service_areas.through, [
            Organisation.service_areas.through(organisation=o, servicearea=area)
            for o in orgs for area in rng.sample(areas, rng.randint(1, 2))])
        self._bulk(Organisation.municipalities.through, [
            Organisation.municipalities.through(organisation=o, municipality=place)
            for o in orgs for place in rng.sample(places, rng.randint(1, 3))])
        self._log(f"{len(orgs)} organisations")

        User = get_user_model()
        unusable = make_password(None)
        users, memberships = [], []
        for n, organisation in enumerate(orgs):
            for position in range(rng.choice([1, 1, 2, 2, 3])):
                email = f"user{n}-{position}@{DOMAIN}"
                joined = self._moment(organisation.created_at) if position else \
                    organisation.created_at
                user = User(username=email, email=email, password=unusable,
                            date_joined=joined,
                            last_login=self._moment(joined) if rng.random() < 0.7 else None)
                users.append(user)
                memberships.append(Membership(
                    user=user, organisation=organisation,
                    role="admin" if position == 0 else "member", status="active",
                    status_changed_at=joined, created_at=joined))
        self._bulk(User, users)
        for membership, user in zip(memberships, users, strict=True):
            # Set through the relation: assigning user_id would drop the cached user, and
            # every later membership.user would cost a query.
            membership.user = user
        self._bulk(Membership, memberships)
        self._sign_ins(users)
        self._log(f"{len(users)} members")
        return orgs, memberships

    def _sign_ins(self, users):
        from portal.metrics.models import SignInMonth

        rows = set()
        for user in users:
            if user.last_login is None:
                continue
            month = timezone.localtime(user.date_joined).date().replace(day=1)
            last = timezone.localtime(user.last_login).date().replace(day=1)
            while month <= last:
                if self.rng.random() < 0.5 or month == last:
                    rows.add((user.pk, month))
                month = (month + datetime.timedelta(days=32)).replace(day=1)
        self._bulk(SignInMonth, [SignInMonth(user_id=user, month=month)
                                 for user, month in sorted(rows)])

    # --- engagement ------------------------------------------------------------------------

    def _interests(self, orgs, members, count, lot_count):
        from portal.tenders.models import Lot, TenderPage
        from suppliers.interests.models import InterestedLot, TenderInterest

        rng = self.rng
        tenders = list(TenderPage.objects.live().filter(locale=Locale.get_default())
                       .values_list("pk", "translation_key"))
        lots = {}
        for tender_id, key in Lot.objects.filter(tender_id__in=[pk for pk, _k in tenders]) \
                .values_list("tender_id", "translation_key"):
            lots.setdefault(tender_id, []).append(key)
        admins = {m.organisation_id: m.user_id for m in members if m.role == "admin"}
        per_org = max(1, min(len(tenders), round(count / len(orgs))))
        interests = []
        for organisation in orgs:
            for tender_id, key in rng.sample(tenders, per_org):
                if len(interests) >= count:
                    break
                interests.append(TenderInterest(
                    tender_key=key, organisation=organisation,
                    registered_by_id=admins.get(organisation.pk),
                    mode=rng.choice(["alone", "alone", "consortium", "subcontractor",
                                     "following"]),
                    language=organisation.service_languages[0], status="active"))
                interests[-1].tender_id = tender_id
                interests[-1].created_at = interests[-1].updated_at = \
                    self._moment(organisation.created_at)
        self._bulk(TenderInterest, interests)
        self._log(f"{len(interests)} expressions of interest")
        rows = []
        per_interest = lot_count / max(len(interests), 1)
        for interest in interests:
            options = lots.get(interest.tender_id, [])
            if not options:
                continue
            wanted = min(len(options), int(per_interest) + (rng.random() < per_interest % 1))
            rows += [InterestedLot(interest=interest, lot_key=key)
                     for key in rng.sample(options, wanted)]
            if len(rows) >= lot_count:
                break
        self._bulk(InterestedLot, rows[:lot_count])
        self._log(f"{min(len(rows), lot_count)} lots of interest")

    def _registrations(self, members, count):
        from portal.events.models import EventPage, Registration

        rng = self.rng
        events = self._events()
        per_event = max(1, count // len(events))
        registrations = []
        for event in events:
            past = event.end < self.now
            eligible = rng.sample(members, min(len(members), per_event))
            for membership in eligible:
                if len(registrations) >= count:
                    break
                at = self._moment(max(membership.created_at,
                                      event.start - datetime.timedelta(days=30)))
                at = min(at, event.start - datetime.timedelta(hours=1)) if past else at
                cancelled = rng.random() < 0.08
                registrations.append(Registration(
                    event_key=event.translation_key, user_id=membership.user_id,
                    name="Synteettinen osallistuja", email=membership.user.email,
                    organisation_id=membership.organisation_id, language="fi",
                    status="cancelled" if cancelled else "confirmed", confirmed_at=at,
                    attended=(rng.random() < 0.8) if past and not cancelled else None,
                    created_at=at, updated_at=at))
        self._bulk(Registration, registrations)
        attended = {}
        for registration in registrations:
            attended[registration.event_key] = attended.get(registration.event_key, 0) + \
                bool(registration.attended)
        for event in events:
            if event.closed_at:
                event.attendee_count = attended.get(event.translation_key, 0)
        EventPage.objects.bulk_update(events, ["attendee_count"], batch_size=BATCH)
        self._log(f"{len(events)} events, {len(registrations)} registrations")

    def _alerts(self, members, count):
        from suppliers.alerts.models import AlertSubscription

        rng = self.rng
        chosen = [rng.choice(members) for _ in range(count)]
        self._bulk(AlertSubscription, [
            AlertSubscription(user_id=m.user_id, name="Synteettinen hakuvahti",
                              frequency=rng.choice(["immediate", "weekly"]),
                              language=rng.choice(["fi", "sv"]), active=rng.random() < 0.9,
                              created_at=self._moment(m.created_at))
            for m in chosen])
        self._log(f"{count} alert subscriptions")

    def _emails(self, members, count):
        from portal.notifications.models import OutboundEmail

        rng = self.rng
        templates = ["alerts_immediate", "alerts_digest", "events_confirmed",
                     "events_reminder", "pilots_status"]
        emails = []
        for n in range(count):
            membership = members[n % len(members)]
            at = self._moment(membership.created_at)
            roll = rng.random()
            status = "failed" if roll < 0.01 else "sent"
            delivery = "" if status == "failed" else \
                ("bounced" if roll < 0.05 else "delivered" if roll < 0.95 else "")
            emails.append(OutboundEmail(
                to=membership.user.email, language="fi", template=rng.choice(templates),
                subject="Synteettinen viesti", text_body="Suorituskykytesti.",
                status=status, attempts=1, next_attempt_at=at, created_at=at,
                sent_at=at if status == "sent" else None, delivery_status=delivery,
                delivery_updated_at=at if delivery else None))
        self._bulk(OutboundEmail, emails)
        self._log(f"{count} e-mails")

    def _proposals(self, orgs, members, count, transition_count):
        from pilots.models import Proposal, ProposalTransition

        rng = self.rng
        calls = self._calls()
        admins = {m.organisation_id: m for m in members if m.role == "admin"}
        outcomes = ["accepted", "rejected", "rejected", "reserve", "ineligible", "withdrawn",
                    "in_review", "submitted"]
        proposals, stories = [], []
        for n in range(count):
            call = calls[n % len(calls)]
            organisation = orgs[rng.randrange(len(orgs))]
            member = admins[organisation.pk]
            submitted = min(call.opens + datetime.timedelta(
                seconds=rng.uniform(0, (call.deadline - call.opens).total_seconds())),
                self.now - datetime.timedelta(hours=1))
            outcome = rng.choice(outcomes)
            decided = submitted + datetime.timedelta(days=rng.uniform(20, 80))
            if decided > self.now:
                outcome, decided = "in_review", None
            elif outcome in ("in_review", "submitted"):
                decided = None
            proposals.append(Proposal(
                call_key=call.translation_key, organisation=organisation,
                created_by_id=member.user_id, contact_email=member.user.email, language="fi",
                reference=f"B-{n:07d}", title="Synteettinen ehdotus", summary="Testi.",
                status=outcome, submitted_at=submitted,
                pending_decision="",
                decision_released_at=decided if outcome in ("accepted", "rejected",
                                                            "reserve") else None,
                created_at=submitted - datetime.timedelta(days=2),
                updated_at=decided or submitted))
            stories.append((submitted, decided))
        self._bulk(Proposal, proposals)
        vaasa = Municipality.objects.get(code="905")
        Proposal.municipalities.through.objects.bulk_create([
            Proposal.municipalities.through(proposal_id=proposal.pk, municipality=vaasa)
            for proposal in proposals], batch_size=BATCH)
        moves = []
        for proposal, (submitted, decided) in zip(proposals, stories, strict=True):
            if len(moves) >= transition_count:
                break
            by = proposal.created_by_id
            moves.append(ProposalTransition(proposal=proposal, from_status="draft",
                                            to_status="submitted", by_id=by, at=submitted))
            if proposal.status != "submitted":
                review_at = submitted + datetime.timedelta(days=5)
                last = "in_review" if proposal.status != "ineligible" else "ineligible"
                if proposal.status != "withdrawn":
                    moves.append(ProposalTransition(proposal=proposal, from_status="submitted",
                                                    to_status=last, by_id=by, at=review_at))
                if decided:
                    moves.append(ProposalTransition(proposal=proposal,
                                                    from_status="decision_pending",
                                                    to_status=proposal.status, by_id=by,
                                                    at=decided))
        self._bulk(ProposalTransition, moves[:transition_count])
        self._log(f"{len(calls)} calls, {len(proposals)} proposals, "
                  f"{min(len(moves), transition_count)} moves")

    def _page_views(self, count):
        from portal.metrics.models import PageViewDay
        from portal.tenders.models import TenderPage

        rng = self.rng
        # Pages that have no counted views yet (the demo's have theirs).
        pages = list(TenderPage.objects.live()
                     .exclude(pk__in=PageViewDay.objects.values("page_id"))
                     .values_list("pk", flat=True).order_by("pk"))
        if not pages:
            self._log("no tender page without counted views: no page-view days added")
            return
        days = [self.today - datetime.timedelta(days=back) for back in range(365, 0, -1)]
        per_page = min(len(days), max(1, count // len(pages)))
        rows = []
        for page_id in pages:
            for day in rng.sample(days, per_page):
                rows.append(PageViewDay(page_id=page_id, day=day, views=rng.randint(1, 60)))
                if len(rows) >= count:
                    break
            if len(rows) >= count:
                break
        self._bulk(PageViewDay, rows)
        self._log(f"{len(rows)} page-view days")


def add_pages(index, pages):
    """Add live pages under `index` without revisions, search or reference indexing (as
    seed_bench adds tenders)."""
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.signal_handlers import update_reference_index_on_save

    model = type(pages[0])
    receivers = [post_save_signal_handler, update_reference_index_on_save]
    for receiver in receivers:
        post_save.disconnect(receiver, sender=model)
    try:
        now = timezone.now()
        for page in pages:
            page.locale = index.locale
            page.live, page.first_published_at, page.last_published_at = True, now, now
            index.add_child(instance=page)
            index.numchild += 1  # add_child updated the row, not this object
    finally:
        for receiver in receivers:
            post_save.connect(receiver, sender=model)
