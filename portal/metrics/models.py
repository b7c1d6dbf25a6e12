"""The metrics app's models (defined in the modules that use them)."""

from .activity import SignInMonth
from .pageviews import PageViewDay

__all__ = ["PageViewDay", "SignInMonth"]
