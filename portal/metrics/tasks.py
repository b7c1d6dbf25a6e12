"""Background tasks of the metrics: moving counted page views into the database."""

from django_tasks import task

from . import pageviews


@task()
def flush_page_views():
    return pageviews.flush_page_views()
