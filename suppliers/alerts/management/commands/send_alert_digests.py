"""Send the weekly alert digests. Run it once a week (cron or a systemd timer, for example
on Monday mornings); running it again in the same week sends nothing twice."""

from django.core.management.base import BaseCommand

from suppliers.alerts.mailing import send_digests


class Command(BaseCommand):
    help = ("Queue this week's digest e-mail for every weekly alert with new matches. "
            "Idempotent within a week.")

    def handle(self, *args, **options):
        sent = send_digests()
        if options["verbosity"] >= 1:
            self.stdout.write(f"Weekly alert digests queued: {sent}.")
