"""The sections of the engagement figures, one module each: each declares its indicators and
the collectors that compute them (`SECTION`). They are registered here, in the order the
dashboard and the report show them; the app imports this package when it is ready."""

from ..registry import register
from . import alerts, emails, events, interests, organisations, pilots, views

for _module in (organisations, interests, alerts, emails, events, pilots, views):
    register(_module.SECTION)
