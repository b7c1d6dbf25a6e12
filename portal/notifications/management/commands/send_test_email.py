"""Send a test message through the outbox, to check the e-mail set-up end to end."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from portal.notifications.domain import queue_email
from portal.notifications.enums import EmailStatus
from portal.notifications.models import OutboundEmail


class Command(BaseCommand):
    help = "Queue a test e-mail to an address and report what became of it."

    def add_arguments(self, parser):
        parser.add_argument("address")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE,
                            choices=[code for code, _name in settings.LANGUAGES])

    def handle(self, *args, address, language, **options):
        try:
            email = queue_email(to=address, template="test_message", context={},
                                language=language)
        except ValidationError as error:
            raise CommandError(f"Not an e-mail address: {address}") from error
        # Outside a transaction the send task was enqueued at once; with the immediate
        # backend it has already run.
        email = OutboundEmail.objects.get(pk=email.pk)
        self.stdout.write(f"E-mail {email.pk} to {email.to}: {email.status}"
                          + (f" (ESP message ID {email.esp_message_id})"
                             if email.esp_message_id else ""))
        if email.last_error:
            self.stdout.write(f"Last error: {email.last_error}")
        if email.status == EmailStatus.QUEUED and not email.attempts:
            self.stdout.write("It waits for the task worker (manage.py db_worker).")
        elif email.status in {EmailStatus.FAILED, EmailStatus.SUPPRESSED}:
            raise CommandError(f"The test e-mail was not sent ({email.status}).")
