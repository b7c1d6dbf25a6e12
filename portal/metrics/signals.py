"""Sign-in activity for the active-users indicator: one row per supplier user and month.

Written when a member of a supplier organisation signs in, and when a user becomes a member
(a new user who creates or joins an organisation right after signing up is active too).
"""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from portal.core.dates import HELSINKI
from suppliers.enums import MembershipStatus
from suppliers.models import Membership

from .models import SignInMonth


def record_sign_in(user, when=None):
    if not Membership.objects.active().filter(user=user).exists():
        return
    day = timezone.localtime(when or timezone.now(), HELSINKI).date()
    SignInMonth.objects.get_or_create(user=user, month=day.replace(day=1))


@receiver(user_logged_in, dispatch_uid="metrics_sign_in_month")
def _signed_in(sender, request, user, **kwargs):
    record_sign_in(user)


@receiver(post_save, sender="suppliers.Membership", dispatch_uid="metrics_membership_month")
def _membership_saved(sender, instance, **kwargs):
    if instance.status == MembershipStatus.ACTIVE:
        record_sign_in(instance.user)
