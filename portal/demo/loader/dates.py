"""When the demo pilot calls open and close: counted from the day the demo is seeded and
moved to working days. Shared by the calls' seed and the demo news that announces a call."""

import datetime

from django.utils import timezone

from portal.core.dates import next_working_day, previous_working_day
from portal.demo.content import load


def call_days(key_or_spec):
    """(opening day, closing day) of a demo call, by its key or its spec. A call opens no
    later and closes no earlier than its story says, so that every proposal of the story
    still falls inside it."""
    spec = key_or_spec if isinstance(key_or_spec, dict) else \
        next(call for call in load("pilots")["calls"] if call["key"] == key_or_spec)
    today = timezone.localdate()
    return (previous_working_day(today + datetime.timedelta(days=spec["opens_days"])),
            next_working_day(today + datetime.timedelta(days=spec["deadline_days"])))
