"""Remind registrants of coming events (each registration once)."""

from django.core.management.base import BaseCommand

from portal.events import domain


class Command(BaseCommand):
    help = "Queue the reminder e-mails of events starting within their reminder time."

    def handle(self, *args, **options):
        count = domain.send_reminders()
        self.stdout.write(f"{count} reminder(s) queued.")
