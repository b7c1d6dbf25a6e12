"""The outbox's background task: send one stored message."""

from django_tasks import task

from .domain import send_queued_message


@task()
def send_email(email_id):
    email = send_queued_message(email_id)
    return email.status if email is not None else None
