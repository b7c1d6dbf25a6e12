"""Background tasks of event registration: expiring offers, sending reminders."""

from django_tasks import task

from . import domain


@task()
def expire_event_offers():
    return domain.expire_offers()


@task()
def send_event_reminders():
    return domain.send_reminders()
