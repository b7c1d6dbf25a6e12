"""Views of public pages counted per page and Helsinki day, without cookies or personal data.

A page that wants its views counted says so with a response header (`PageViewCounted.serve`);
`PageViewMiddleware` takes the header off and calls `record_view`, which only increments a
counter in the cache. `flush_page_views` (a task and a command, run every few minutes) moves
the counters into `PageViewDay`. Nothing about the visitor is kept: no cookie, address, user,
or user agent, only the number of views of a page on a day.
"""

import contextlib
import datetime
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from pilots.models import PilotCallPage
from portal.core.dates import HELSINKI
from portal.core.page_views import is_staff
from portal.events.models import EventPage
from portal.tenders.models import TenderPage

from . import frozen
from .models import PageViewDay

CACHE_PREFIX = "metrics:page-views"
# Counters wait in the cache this long for a flush; flushes run every few minutes, so a
# counter is lost only if flushing has stopped for days.
COUNTER_TIMEOUT = 4 * 24 * 3600
# How many days back a flush looks for counters (a flush that missed a day still finds it).
FLUSH_DAYS = 3

# Clients that announce themselves as automated: crawlers, link previewers, monitors, scripts.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|fetch|monitor|check|scan|curl|wget|python|"
    r"httpclient|okhttp|java/|go-http|headless|lighthouse|facebookexternalhit|embedly|"
    r"whatsapp|validator",
    re.IGNORECASE)


def is_countable(request, response):
    """A successful GET by a person: not HEAD, not an error, not a bot, not staff."""
    if request.method != "GET" or response.status_code != 200:
        return False
    agent = request.headers.get("User-Agent", "")
    if not agent or BOT_USER_AGENT.search(agent):
        return False
    return not is_staff(request)


def _today():
    return timezone.localtime(timezone.now(), HELSINKI).date()


def _key(page_id, day):
    return f"{CACHE_PREFIX}:{day:%Y%m%d}:{page_id}"


def record_view(page_id, day=None):
    """Count one view of a page in the cache (no database write per view)."""
    key = _key(int(page_id), day or _today())
    cache.add(key, 0, COUNTER_TIMEOUT)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, COUNTER_TIMEOUT)
    _flush_in_process()


_last_local_flush = time.monotonic()


def _flush_in_process():
    """With a cache of the process's own (the embedded default), no command can read the
    counters: each process then moves its own counts at most once a minute."""
    global _last_local_flush
    interval = getattr(settings, "PAGE_VIEW_FLUSH_IN_PROCESS_SECONDS", None)
    if interval is None:
        backend = settings.CACHES["default"]["BACKEND"]
        interval = 60 if backend.endswith("LocMemCache") else 0
    now = time.monotonic()
    if interval and now - _last_local_flush >= interval:
        _last_local_flush = now
        flush_page_views()


def _counted_page_ids():
    ids = []
    for model in (TenderPage, EventPage, PilotCallPage):
        ids.extend(model.objects.values_list("pk", flat=True))
    return ids


def flush_page_views(today=None):
    """Move the counts gathered in the cache into PageViewDay; returns the views moved.

    Each counter is read and then decremented by what was read, so views counted while the
    flush runs stay for the next one, and running it twice moves nothing twice.
    """
    today = today or _today()
    days = [today - datetime.timedelta(days=back) for back in range(FLUSH_DAYS)]
    keys = {_key(page_id, day): (page_id, day)
            for page_id in _counted_page_ids() for day in days}
    moved = 0
    for key, count in cache.get_many(list(keys)).items():
        if not count:
            continue
        page_id, day = keys[key]
        _add_views(page_id, day, count)
        with contextlib.suppress(ValueError):  # expired after reading: nothing to take away
            cache.decr(key, count)
        moved += count
    return moved


def _add_views(page_id, day, count):
    rows = PageViewDay.objects.filter(page_id=page_id, day=day)
    if rows.update(views=F("views") + count):
        # Past the signals: a day of a finished month (a flush looks days back) forgets it.
        frozen.changed(PageViewDay, day)
        return
    try:
        with transaction.atomic():
            PageViewDay.objects.create(page_id=page_id, day=day, views=count)
    except IntegrityError:  # another flush created the row just now
        rows.update(views=F("views") + count)
        frozen.changed(PageViewDay, day)
