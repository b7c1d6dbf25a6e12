"""Reminding suppliers of drafts they have not sent, once, as the call's deadline nears."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import mailing
from .calls import call_in
from .enums import ProposalStatus
from .models import PilotCallPage, Proposal

DEFAULT_HOURS = 72


def reminder_hours():
    return getattr(settings, "PILOT_DRAFT_REMINDER_HOURS", DEFAULT_HOURS)


def send_draft_reminders(*, now=None, hours=None):
    """Queue a reminder for each draft whose call is open and closes within `hours`
    (PILOT_DRAFT_REMINDER_HOURS), once per draft. Returns the number queued."""
    now = now or timezone.now()
    horizon = now + datetime.timedelta(hours=reminder_hours() if hours is None else hours)
    call_keys = set(PilotCallPage.objects.live().filter(
        opens__lte=now, deadline__gt=now, deadline__lte=horizon)
        .values_list("translation_key", flat=True))
    sent = 0
    for pk in Proposal.objects.filter(call_key__in=call_keys, status=ProposalStatus.DRAFT,
                                      draft_reminder_sent_at=None).values_list("pk", flat=True):
        with transaction.atomic():
            # Under a row lock: two runs at once remind once.
            proposal = Proposal.objects.select_for_update().get(pk=pk)
            if proposal.status != ProposalStatus.DRAFT or proposal.draft_reminder_sent_at:
                continue
            proposal.draft_reminder_sent_at = now
            proposal.save(update_fields=["draft_reminder_sent_at"])
            call = call_in(proposal.call_key, proposal.language)
            if proposal.contact_email and call is not None:
                mailing.remind_of_draft(proposal, call)
                sent += 1
    return sent
