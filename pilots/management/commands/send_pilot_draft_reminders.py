"""Remind suppliers of unsent proposal drafts as the call's deadline nears (each once)."""

from django.core.management.base import BaseCommand

from pilots.reminders import reminder_hours, send_draft_reminders


class Command(BaseCommand):
    help = ("Queue a reminder e-mail for each unsent proposal draft whose call closes within "
            "PILOT_DRAFT_REMINDER_HOURS (72 by default). Each draft is reminded once.")

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=None,
                            help=f"Remind of calls closing within this many hours "
                                 f"(default: the setting, now {reminder_hours()}).")

    def handle(self, *args, hours=None, **options):
        count = send_draft_reminders(hours=hours)
        self.stdout.write(f"{count} reminder(s) queued.")
