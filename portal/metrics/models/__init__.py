"""The metrics app's models: sign-in months, page views per day, monthly follow-up reports,
finished months' figures kept once computed."""

from .activity import SignInMonth
from .frozen import FrozenMonth, SectionGeneration
from .pageviews import PageViewDay
from .reports import MonthlyReport

__all__ = ["FrozenMonth", "MonthlyReport", "PageViewDay", "SectionGeneration", "SignInMonth"]
