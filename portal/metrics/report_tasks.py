"""Background task of the monthly follow-up report: report each finished month that has none
(queued by the scheduler, e.g. daily; idempotent, so running it again changes nothing)."""

from django_tasks import task

from .reports import generate_missing_reports


@task()
def generate_monthly_reports():
    return [f"{period.start:%Y-%m}" for period in generate_missing_reports()]
