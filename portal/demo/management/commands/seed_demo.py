"""Build the demo portal from portal/demo/data: taxonomy, pages in three languages, tenders,
pilot calls, events, supplier organisations with their interests, registrations and pilot
proposals and, in development, users."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from portal.demo.loader.events import seed_event_registrations, seed_events
from portal.demo.loader.metrics import seed_metrics_history
from portal.demo.loader.pages import seed_site
from portal.demo.loader.pilots import seed_pilot_calls, seed_pilot_logins, seed_pilot_proposals
from portal.demo.loader.suppliers import seed_interests, seed_supplier_alerts, seed_suppliers
from portal.demo.loader.tenders import seed_tenders
from portal.demo.loader.users import seed_users
from portal.taxonomy.terms import load_terms


class Command(BaseCommand):
    help = "Create the demo content (idempotent). In development, also demo users."

    def add_arguments(self, parser):
        parser.add_argument("--users", action="store_true",
                            help="Create the demo users even when DEBUG is off.")
        parser.add_argument("--password", help="Password for the demo users (default: random).")

    def handle(self, *args, **options):
        # Wagtail logs every page it creates; the seed reports its own totals instead.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        with transaction.atomic():
            seed_site(self.stdout)
            load_terms(self.stdout)
            seed_tenders(self.stdout)
            # Before the events: an information event links to its pilot call.
            seed_pilot_calls(self.stdout)
            seed_events(self.stdout)
        if settings.DEBUG or options["users"]:
            seed_users(self.stdout, password=options["password"])
            seed_pilot_logins(self.stdout, password=options["password"])
        with transaction.atomic():
            seed_suppliers(self.stdout)
            seed_interests(self.stdout)
            seed_supplier_alerts(self.stdout)
            seed_event_registrations(self.stdout)
            seed_pilot_proposals(self.stdout)
        with transaction.atomic():
            # A year of history, so that every month of the metrics has figures.
            seed_metrics_history(self.stdout)
