"""The outbox's background tasks: send one stored message, or a batch of them."""

import logging

from django_tasks import task

from .sending import send_queued_message

logger = logging.getLogger("portal.notifications")


@task()
def send_email(email_id):
    email = send_queued_message(email_id)
    return email.status if email is not None else None


@task()
def send_emails(email_ids):
    """Send messages queued together (queue_emails). One message's error does not hold up
    the rest: it is recorded on the message (which send_queued_email tries again), logged,
    and the task fails at the end so that it shows."""
    statuses, errors = {}, []
    for email_id in email_ids:
        try:
            email = send_queued_message(email_id)
        except Exception:
            logger.exception("Sending e-mail %s raised.", email_id)
            errors.append(email_id)
            continue
        if email is not None:
            statuses[email.status] = statuses.get(email.status, 0) + 1
    if errors:
        raise RuntimeError(f"Sending e-mails {errors} raised; see the log.")
    return statuses
