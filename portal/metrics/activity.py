"""Which supplier users signed in in which month, for the active-users indicator.

One row per user and Helsinki calendar month, written at sign-in: no time, address or device
is kept, and the rows go with the user's account.
"""

from .models import SignInMonth


def export_sign_in_months(user):
    """The months the user signed in, for the user's personal-data export."""
    return [f"{month:%Y-%m}" for month in
            SignInMonth.objects.filter(user=user).order_by("month")
            .values_list("month", flat=True)]
