"""Put back in the queue the background tasks whose worker died mid-task.

Run it every few minutes (cron or a systemd timer) beside `db_worker` in production.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.core.task_recovery import requeue_abandoned_tasks, running_timeout


class Command(BaseCommand):
    help = ("Put back in the queue the tasks of the database backend that have been running "
            "for longer than TASK_RUNNING_TIMEOUT (their worker died), and fail those that "
            "TASK_MAX_ATTEMPTS workers have started. Run it every few minutes.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=float, default=None, metavar="SECONDS",
            help="Running for longer than this many seconds counts as abandoned "
                 f"(default TASK_RUNNING_TIMEOUT, {int(running_timeout().total_seconds())}).")

    def handle(self, *args, older_than, **options):
        if settings.TASK_BACKEND != "database":
            raise CommandError("Only the database task backend (TASK_BACKEND=database) keeps "
                               "tasks that a worker can abandon.")
        timeout = None if older_than is None else timedelta(seconds=older_than)
        requeued, failed = requeue_abandoned_tasks(timeout=timeout)
        if requeued or failed or options["verbosity"] >= 2:
            self.stdout.write(f"Put back in the queue: {len(requeued)}, failed: {len(failed)}.")
