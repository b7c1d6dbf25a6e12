"""Settings of the `db_worker` and `send_queued_email` subprocesses of the fault tests: the
test settings with the database task backend and anymail's Postmark backend pointed at the
test's fake ESP (FAKE_ESP_URL)."""

import os

from tests.settings import *  # noqa: F403  (the settings the test process runs with)

TASK_BACKEND = "database"
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TASKS_RAISE_ON_FAILURE = False
EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
ANYMAIL = {"POSTMARK_SERVER_TOKEN": "fault-tests", "POSTMARK_API_URL": os.environ["FAKE_ESP_URL"],
           "REQUESTS_TIMEOUT": 10}
