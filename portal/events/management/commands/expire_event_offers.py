"""Expire offered places that were not accepted in time and offer them to the next."""

from django.core.management.base import BaseCommand

from portal.events import domain


class Command(BaseCommand):
    help = "Expire unanswered offers of freed event places and offer them to the next in line."

    def handle(self, *args, **options):
        count = domain.expire_offers()
        self.stdout.write(f"{count} offer(s) expired.")
