"""Background tasks of the metrics: moving counted page views into the database, and the
monthly follow-up report (each finished month that has none, after keeping every finished
month's figures computed again; queued by the scheduler, e.g. daily; idempotent, so running
it again changes nothing)."""

from django_tasks import task

from . import pageviews
from .reports import generate_missing_reports


@task()
def flush_page_views():
    return pageviews.flush_page_views()


@task()
def generate_monthly_reports():
    return [f"{period.start:%Y-%m}" for period in generate_missing_reports()]
