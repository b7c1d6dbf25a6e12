"""Which organisation a user acts for, kept in the session (the "act for" switch)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from .models import Membership

SESSION_KEY = "suppliers:acting_for"


def acting_organisation(request):
    """The organisation the user chose to act for, else the first one they belong to."""
    if not request.user.is_authenticated:
        return None
    memberships = Membership.objects.active().filter(user=request.user) \
        .select_related("organisation").order_by("organisation__name")
    chosen = request.session.get(SESSION_KEY)
    membership = (chosen and memberships.filter(organisation_id=chosen).first()) \
        or memberships.first()
    return membership.organisation if membership else None


def act_for(request, organisation):
    if not Membership.objects.active().filter(user=request.user,
                                              organisation=organisation).exists():
        raise PermissionDenied(_("You are not a member of this organisation."))
    request.session[SESSION_KEY] = organisation.pk
