"""Which organisation a user acts for, kept in the session (the "act for" switch)."""

from typing import NamedTuple

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from .models import Membership

SESSION_KEY = "suppliers:acting_for"


class Acting(NamedTuple):
    organisation: object  # None when the user belongs to no organisation
    # Whether the user belongs to another organisation they could act for instead.
    can_switch: bool


def acting(request):
    """The organisation the user chose to act for, else the first one they belong to, and
    whether there is another to switch to; one query."""
    if not request.user.is_authenticated:
        return Acting(None, False)
    organisations = [membership.organisation for membership in
                     Membership.objects.active().filter(user=request.user)
                     .select_related("organisation").order_by("organisation__name")]
    chosen = request.session.get(SESSION_KEY)
    organisation = next((organisation for organisation in organisations
                         if organisation.pk == chosen),
                        organisations[0] if organisations else None)
    return Acting(organisation, len(organisations) > 1)


def acting_organisation(request):
    return acting(request).organisation


def act_for(request, organisation):
    if not Membership.objects.active().filter(user=request.user,
                                              organisation=organisation).exists():
        raise PermissionDenied(_("You are not a member of this organisation."))
    request.session[SESSION_KEY] = organisation.pk


def posted_organisation(request):
    """The organisation a form was sent for (its `organisation` field), if the user is its
    active member; else 404, so that another organisation's existence is not revealed."""
    try:
        organisation_id = int(request.POST.get("organisation", ""))
    except ValueError:
        raise Http404 from None
    membership = Membership.objects.active().select_related("organisation") \
        .filter(user=request.user, organisation_id=organisation_id).first()
    if membership is None:
        raise Http404
    return membership.organisation
