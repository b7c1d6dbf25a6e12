"""E-mail backends for the tests: anymail's test ESP, made to fail the way real ones do."""

from anymail.backends.test import EmailBackend as AnymailTestBackend
from anymail.exceptions import AnymailAPIError


class FlakyESPBackend(AnymailTestBackend):
    """anymail's test ESP, unavailable for the next `failures` sends (set by the test)."""

    failures = 0

    def post_to_esp(self, payload, message):
        if FlakyESPBackend.failures > 0:
            FlakyESPBackend.failures -= 1
            raise AnymailAPIError("ESP API response 503 (Service Unavailable)")
        return super().post_to_esp(payload, message)


class BrokenBackend(AnymailTestBackend):
    """A backend with a bug in it: not an ESP failure, so it must not pass unnoticed."""

    def post_to_esp(self, payload, message):
        raise TypeError("a bug in the sending code")
