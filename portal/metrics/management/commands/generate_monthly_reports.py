"""Make the monthly follow-up report of every finished month that has none (run daily, or
soon after each month ends). Reports already made stay as they were reported; `--regenerate
YYYY-MM` makes one month's report again from today's records. First every finished month's
figures are computed again and kept (portal.metrics.frozen), mending any a change no signal
saw."""

from django.core.management.base import BaseCommand, CommandError

from portal.metrics.reports import generate_missing_reports, generate_report, parse_month


class Command(BaseCommand):
    help = ("Make the monthly follow-up report of each finished month that has none; "
            "existing reports are not recomputed unless --regenerate names their month.")

    def add_arguments(self, parser):
        parser.add_argument("--regenerate", metavar="YYYY-MM", action="append", default=[],
                            help="Make this month's report again (may be given more than once).")

    def handle(self, *args, regenerate, **options):
        try:
            months = [parse_month(month) for month in regenerate]
            for period in months:
                generate_report(period, regenerate=True)
                self.stdout.write(f"Regenerated {period.start:%Y-%m}.")
        except ValueError as error:
            raise CommandError(str(error)) from error
        made = generate_missing_reports()
        for period in made:
            self.stdout.write(f"Reported {period.start:%Y-%m}.")
        self.stdout.write(f"{len(made)} new report(s).")
