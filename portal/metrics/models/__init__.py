"""The metrics app's models: sign-in months, page views per day, monthly follow-up reports."""

from .activity import SignInMonth
from .pageviews import PageViewDay
from .reports import MonthlyReport

__all__ = ["MonthlyReport", "PageViewDay", "SignInMonth"]
