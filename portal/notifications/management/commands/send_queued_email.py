"""Send the outbox's due messages: the retries, and any message whose task was lost.

Run it every minute (cron or a systemd timer) in production.
"""

from django.core.management.base import BaseCommand, CommandError

from portal.notifications.sending import BATCH_SIZE, send_due


class Command(BaseCommand):
    help = ("Send every queued e-mail whose next attempt is due, and put back in the queue "
            "those whose sender stopped mid-send. Run it every minute.")

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                            help=f"Messages read from the database at a time ({BATCH_SIZE}).")

    def handle(self, *args, batch_size, **options):
        counts, errors = send_due(batch_size=batch_size)
        if options["verbosity"] >= 2 or counts:
            summary = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items()))
            self.stdout.write(summary or "Nothing due.")
        if errors:
            raise CommandError(f"{len(errors)} e-mails raised an error (ids "
                               f"{', '.join(map(str, errors))}); see the log.")
