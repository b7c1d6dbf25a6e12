"""The metrics app's models (defined in the modules that use them)."""

from .activity import SignInMonth
from .pageviews import PageViewDay
from .reports import MonthlyReport  # noqa: F401  (metrics-admin: the follow-up report)

__all__ = ["PageViewDay", "SignInMonth"]
