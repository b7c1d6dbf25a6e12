"""Which supplier users signed in in which month, for the active-users indicator: one row per
user and Helsinki calendar month, written at sign-in (portal.metrics.signals); no time, address
or device is kept, and the rows go with the user's account.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SignInMonth(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"), help_text=_("The first day of the month."))

    class Meta:
        verbose_name = _("month with a sign-in")
        verbose_name_plural = _("months with a sign-in")
        constraints = [
            models.UniqueConstraint(fields=["user", "month"], name="one_sign_in_row_per_month"),
        ]

    def __str__(self):
        return f"{self.user_id} {self.month:%Y-%m}"
