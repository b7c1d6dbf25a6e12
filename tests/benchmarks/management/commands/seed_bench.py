"""A large synthetic procurement calendar for benchmarks: N tenders with 1-8 lots each."""

import contextlib
import datetime
import random
import time
from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Locale

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.tenders.enums import DatePrecision, Procedure, TenderStatus
from portal.tenders.models import Lot, TenderIndexPage, TenderPage

BATCH = 500


@contextlib.contextmanager
def without_per_save_indexing():
    """Search and reference indexing run a task per saved page; a bulk load skips them
    (rebuild the index afterwards with the search commands)."""
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.signal_handlers import update_reference_index_on_save

    receivers = [post_save_signal_handler, update_reference_index_on_save]
    for receiver in receivers:
        post_save.disconnect(receiver, sender=TenderPage)
    try:
        yield
    finally:
        for receiver in receivers:
            post_save.connect(receiver, sender=TenderPage)


class Command(BaseCommand):
    help = "Add N synthetic tenders (1-8 lots each) to the Finnish procurement calendar."

    def add_arguments(self, parser):
        parser.add_argument("--tenders", type=int, default=5000)
        parser.add_argument("--seed", type=int, default=2027,
                            help="Random seed, so that two runs build the same calendar.")

    def handle(self, *args, tenders, seed, **options):
        rng = random.Random(seed)  # noqa: S311  (synthetic data, not secrets)
        locale = Locale.get_default()
        index = TenderIndexPage.objects.get(locale=locale)
        terms = {
            model: list(model.objects.order_by("pk"))
            for model in (ServiceArea, Municipality, ContractType, CPVCode)
        }
        started = time.monotonic()
        existing = TenderPage.objects.filter(reference__startswith="BENCH-").count()
        today = timezone.localdate()
        now = timezone.now()
        created = 0
        with without_per_save_indexing():
            while created < tenders:
                with transaction.atomic():
                    batch = []
                    for _ in range(min(BATCH, tenders - created)):
                        number = existing + created + 1
                        value = Decimal(rng.randrange(200, 20000) * 1000)
                        tender = TenderPage(
                            title=f"Synteettinen hankinta {number}",
                            slug=f"bench-{number}",
                            reference=f"BENCH-{number:06d}",
                            intro="Suorituskykytestin hankinta.",
                            contract_type=rng.choice(terms[ContractType]),
                            procedure=rng.choice(list(Procedure)),
                            value_min=value, value_max=value * 2 if rng.random() < 0.4 else None,
                            planned_publication=today + datetime.timedelta(
                                days=rng.randrange(-300, 700)),
                            planned_publication_precision=rng.choice(list(DatePrecision)),
                            status=rng.choice(list(TenderStatus)),
                            notice_url="https://www.hankintailmoitukset.fi/fi/",
                            tender_deadline=now + datetime.timedelta(days=rng.randrange(-200, 400)),
                            live=True, first_published_at=now, last_published_at=now,
                            procurement_languages=["fi", "sv"],
                        )
                        index.add_child(instance=tender)
                        index.numchild += 1  # add_child updated the row, not this object
                        batch.append(tender)
                        created += 1
                    self._relations(batch, terms, rng, locale)
                self.stdout.write(f"  {created}/{tenders} tenders "
                                  f"({time.monotonic() - started:.0f} s)")
        if connection.vendor == "postgresql":
            # Fresh statistics, or the planner takes 5,000 rows for one.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(f"Created {created} tenders in {time.monotonic() - started:.0f} s.")

    def _relations(self, tenders, terms, rng, locale):
        lots, areas, municipalities, cpvs, lot_places = [], [], [], [], []
        for tender in tenders:
            areas += [TenderPage.service_areas.through(tenderpage=tender, servicearea=term)
                      for term in rng.sample(terms[ServiceArea], rng.randint(1, 2))]
            places = rng.sample(terms[Municipality], rng.randint(1, 6))
            municipalities += [TenderPage.municipalities.through(tenderpage=tender,
                                                                 municipality=term)
                               for term in places]
            cpvs += [TenderPage.cpv_codes.through(tenderpage=tender, cpvcode=term)
                     for term in rng.sample(terms[CPVCode], rng.randint(1, 3))]
            count = rng.randint(1, 8)
            for number in range(1, count + 1):
                share = tender.value_min / count
                lot = Lot(
                    tender=tender, locale=locale, sort_order=number, number=number,
                    title=f"Osa-alue {number}", estimated_value=share.quantize(Decimal(1)),
                    annual_value=(share / 4).quantize(Decimal(1)))
                lots.append(lot)
                lot_places += [(lot, term) for term in rng.sample(places, min(len(places), 3))]
        Lot.objects.bulk_create(lots)
        Lot.municipalities.through.objects.bulk_create([
            Lot.municipalities.through(lot=lot, municipality=term) for lot, term in lot_places])
        TenderPage.service_areas.through.objects.bulk_create(areas)
        TenderPage.municipalities.through.objects.bulk_create(municipalities)
        TenderPage.cpv_codes.through.objects.bulk_create(cpvs)
