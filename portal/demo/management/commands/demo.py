"""Set up and serve the demo portal on this machine: migrate, seed, print sign-in, serve."""

import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site


class Command(BaseCommand):
    help = "Migrate, seed the demo content and users, and serve at http://127.0.0.1:8000/."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, addrport, **options):
        if not settings.DEBUG:
            raise CommandError("The demo server is for development: run it with DEBUG=true.")
        host = addrport if ":" in addrport else f"127.0.0.1:{addrport}"
        # Links in e-mails (sign-in, confirm and cancel links) point at where the demo runs,
        # unless the environment says otherwise; the reloader's child inherits the variable.
        if "WAGTAILADMIN_BASE_URL" not in os.environ:
            os.environ["WAGTAILADMIN_BASE_URL"] = f"http://{host}"
            settings.WAGTAILADMIN_BASE_URL = f"http://{host}"
        # runserver's auto-reloader starts this command again in a child process; only the
        # first run prepares the database and prints the credentials.
        if not os.environ.get("RUN_MAIN"):
            call_command("migrate", interactive=False, verbosity=0)
            self.stdout.write("Database migrated.")
            call_command("seed_demo")
            # Absolute links (sitemap, hreflang, e-mails) point at where the demo runs.
            hostname, port = host.rsplit(":", 1)
            Site.objects.filter(is_default_site=True).update(hostname=hostname, port=int(port))
            self.stdout.write(self.style.SUCCESS(
                f"\nThe portal: http://{host}/  (Finnish /fi/, Swedish /sv/, English /en/)\n"
                f"Sign in at http://{host}/fi/accounts/login/ with a demo user above;\n"
                f"staff reach the Wagtail admin at http://{host}/admin/ after signing in.\n"
                "E-mails (such as verification links) are printed in this terminal.\n"
            ))
        call_command("runserver", addrport)
