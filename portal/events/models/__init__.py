"""The events app's models: event pages with their questions, and registrations."""

from .events import EventIndexPage, EventPage, EventQuestion, event_in
from .registrations import Registration, RegistrationLock, places_taken, waiting_position

__all__ = [
    "EventIndexPage", "EventPage", "EventQuestion", "Registration", "RegistrationLock",
    "event_in", "places_taken", "waiting_position",
]
