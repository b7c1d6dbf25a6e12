"""What happens to supplier organisations and their memberships: one function per change.

Each function checks that the acting user may do it (PermissionDenied otherwise), checks the
move against ALLOWED_TRANSITIONS, saves what changed, writes the audit log and queues the
e-mail the change calls for.
"""

import datetime

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal.notifications.domain import queue_email

from .enums import ALLOWED_TRANSITIONS, PENDING_STATES, MembershipRole, MembershipStatus
from .models import Membership, Organisation

INVITATION_SALT = "suppliers.invitation"
M2M_FIELDS = ("service_areas", "municipalities")


class TransitionNotAllowed(ValidationError):
    pass


# --- Who may do what ------------------------------------------------------------------------

def membership_of(user, organisation):
    """The user's active membership of the organisation, or None."""
    if not user.is_authenticated:
        return None
    return Membership.objects.active().filter(user=user, organisation=organisation).first()


def _require_admin(user, organisation):
    membership = membership_of(user, organisation)
    if membership is None or not membership.is_admin:
        raise PermissionDenied(_("Only the organisation's admins can do this."))
    return membership


def _require_other_admin(membership, message):
    """Refuse a change that would leave the organisation without an active admin."""
    if membership.is_admin and not Membership.objects.admins().filter(
            organisation_id=membership.organisation_id).exclude(pk=membership.pk).exists():
        raise ValidationError(message)


def _move(membership, new, *, user, action, when=None, **changes):
    old = MembershipStatus(membership.status)
    new = MembershipStatus(new)
    if new not in ALLOWED_TRANSITIONS[old]:
        raise TransitionNotAllowed(
            _("A membership cannot move from “%(old)s” to “%(new)s”.")
            % {"old": old.label, "new": new.label})
    membership.status, membership.status_changed_at = new, when or timezone.now()
    for name, value in changes.items():
        setattr(membership, name, value)
    membership.save(update_fields=["status", "status_changed_at", *changes])
    _log(membership.organisation, action, user,
         {"member": membership.user_id, "old_status": old, "new_status": new, **changes})
    return membership


def _log(organisation, action, user, data):
    log(instance=organisation, action=f"suppliers.{action}", user=user, data=data)


def _mail_language(organisation):
    """Organisations do not record their users' languages yet: write to them in the first
    language the organisation serves in, else the portal's default."""
    for language in organisation.service_languages:
        if language in dict(settings.LANGUAGES):
            return language
    return settings.LANGUAGE_CODE


def _absolute(url):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


# --- Organisations --------------------------------------------------------------------------

@transaction.atomic
def create_organisation(user, data):
    """Register an organisation with `user` as its admin.

    When the business ID is already registered, the user asks to join that organisation
    instead. Returns (organisation, membership); the membership's status tells which.
    """
    if not user.is_authenticated:
        raise PermissionDenied(_("Sign in to register an organisation."))
    data = dict(data)
    existing = Organisation.objects.filter(business_id=data.get("business_id")).first()
    if existing is not None:
        return existing, request_to_join(user, existing)
    relations = {name: data.pop(name, []) for name in M2M_FIELDS}
    organisation = Organisation(**data)
    organisation.full_clean()
    organisation.save()
    for name, terms in relations.items():
        getattr(organisation, name).set(terms)
    membership = Membership.objects.create(
        user=user, organisation=organisation, role=MembershipRole.ADMIN,
        status=MembershipStatus.ACTIVE, status_changed_at=timezone.now())
    _log(organisation, "create", user, {"business_id": organisation.business_id})
    return organisation, membership


@transaction.atomic
def update_organisation(user, organisation, data):
    """An admin changes the organisation's details (not its business ID)."""
    _require_admin(user, organisation)
    data = dict(data)
    data.pop("business_id", None)
    relations = {name: data.pop(name) for name in M2M_FIELDS if name in data}
    for name, value in data.items():
        setattr(organisation, name, value)
    organisation.full_clean()
    organisation.save()
    for name, terms in relations.items():
        getattr(organisation, name).set(terms)
    _log(organisation, "edit", user, {"fields": sorted([*data, *relations])})
    return organisation


def set_verified(organisation, verified, *, by, when=None):
    """Staff mark the organisation's details checked (or no longer checked)."""
    if organisation.verified == verified:
        return organisation
    organisation.verified = verified
    return record_verification(organisation, by=by, when=when)


def record_verification(organisation, *, by, when=None):
    """Date and sign a change of the `verified` box (the Wagtail admin saves the box itself)."""
    if not by.has_perm("suppliers.change_organisation"):
        raise PermissionDenied(_("Only the county's staff can verify organisations."))
    if organisation.verified == (organisation.verified_at is not None):
        return organisation
    organisation.verified_at = (when or timezone.now()) if organisation.verified else None
    organisation.verified_by = by if organisation.verified else None
    organisation.save(update_fields=["verified", "verified_at", "verified_by"])
    _log(organisation, "verify", by, {"verified": organisation.verified})
    return organisation


# --- Asking to join -------------------------------------------------------------------------

@transaction.atomic
def request_to_join(user, organisation):
    """The user asks to join; the organisation's admins are told by e-mail."""
    membership = Membership.objects.filter(user=user, organisation=organisation).first()
    if membership is not None and membership.status == MembershipStatus.ACTIVE:
        raise ValidationError(_("You are already a member of %(organisation)s.")
                              % {"organisation": organisation.name})
    if membership is not None and membership.status in PENDING_STATES:
        return membership
    if membership is None:
        membership = Membership.objects.create(
            user=user, organisation=organisation, status=MembershipStatus.REQUESTED,
            status_changed_at=timezone.now())
        _log(organisation, "request", user, {"member": user.pk})
    else:
        _move(membership, MembershipStatus.REQUESTED, user=user, action="request",
              role=MembershipRole.MEMBER)
    _tell_admins_of_request(membership)
    return membership


def _tell_admins_of_request(membership):
    organisation = membership.organisation
    language = _mail_language(organisation)
    with translation.override(language):
        members_url = _absolute(reverse("suppliers:members", args=[organisation.pk]))
    stamp = int(membership.status_changed_at.timestamp())
    for admin in Membership.objects.admins().filter(organisation=organisation) \
            .select_related("user"):
        if not admin.user.email:
            continue
        queue_email(
            to=admin.user.email, template="suppliers_join_request", language=language,
            context={"organisation": organisation.name, "requester": membership.user.email,
                     "members_url": members_url},
            idempotency_key=f"suppliers:join:{membership.pk}:{stamp}:{admin.user_id}")


def approve_request(user, membership):
    _require_admin(user, membership.organisation)
    if membership.status != MembershipStatus.REQUESTED:
        raise ValidationError(_("There is no request to approve."))
    return _move(membership, MembershipStatus.ACTIVE, user=user, action="approve",
                 role=MembershipRole.MEMBER)


def decline_request(user, membership):
    _require_admin(user, membership.organisation)
    if membership.status != MembershipStatus.REQUESTED:
        raise ValidationError(_("There is no request to decline."))
    return _move(membership, MembershipStatus.LEFT, user=user, action="decline")


# --- Invitations ----------------------------------------------------------------------------

class _Signer(signing.TimestampSigner):
    """A TimestampSigner that can date its signature, so tests can make an old invitation."""

    def __init__(self, *, at=None):
        super().__init__(salt=INVITATION_SALT)
        self.at = at

    def timestamp(self):
        if self.at is None:
            return super().timestamp()
        return signing.b62_encode(int(self.at.timestamp()))


def invitation_token(organisation, email, *, at=None):
    return _Signer(at=at).sign_object({"o": organisation.pk, "e": email.strip().lower()})


def invitation_issued_at(token):
    """When a (validly signed) invitation was made: its signature's timestamp."""
    _value, timestamp, _signature = token.rsplit(":", 2)
    return datetime.datetime.fromtimestamp(signing.b62_decode(timestamp), tz=datetime.UTC)


def read_invitation(token):
    """(organisation, e-mail address) of a valid invitation; ValidationError otherwise."""
    try:
        payload = _Signer().unsign_object(token, max_age=settings.SUPPLIER_INVITATION_MAX_AGE)
    except signing.SignatureExpired:
        raise ValidationError(
            _("This invitation has expired. Ask the organisation's admin to invite you again."),
            code="expired") from None
    except signing.BadSignature:
        raise ValidationError(
            _("This invitation link is not valid. Check that you copied the whole link."),
            code="invalid") from None
    organisation = Organisation.objects.filter(pk=payload.get("o")).first()
    if organisation is None:
        raise ValidationError(_("The organisation of this invitation no longer exists."),
                              code="gone")
    return organisation, payload.get("e", "")


def _user_with_verified_address(email):
    address = EmailAddress.objects.filter(email__iexact=email, verified=True) \
        .select_related("user").first()
    return address.user if address else None


@transaction.atomic
def invite(user, organisation, email, *, language=None):
    """An admin invites an e-mail address; the link in the message is valid for
    SUPPLIER_INVITATION_MAX_AGE seconds. Returns the token."""
    _require_admin(user, organisation)
    email = email.strip().lower()
    validate_email(email)
    invitee = _user_with_verified_address(email)
    if invitee is not None:
        membership = Membership.objects.filter(user=invitee, organisation=organisation).first()
        if membership is None:
            Membership.objects.create(user=invitee, organisation=organisation,
                                      status=MembershipStatus.INVITED,
                                      status_changed_at=timezone.now())
        elif membership.status == MembershipStatus.ACTIVE:
            raise ValidationError(_("%(email)s is already a member.") % {"email": email})
        elif membership.status == MembershipStatus.LEFT:
            _move(membership, MembershipStatus.INVITED, user=user, action="invite",
                  role=MembershipRole.MEMBER)
    token = invitation_token(organisation, email)
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        accept_url = _absolute(reverse("suppliers:invitation", args=[token]))
    queue_email(to=email, template="suppliers_invitation", language=language,
                context={"organisation": organisation.name, "inviter": user.email,
                         "accept_url": accept_url,
                         "days": settings.SUPPLIER_INVITATION_MAX_AGE // 86400})
    _log(organisation, "invite", user, {"email": email})
    return token


@transaction.atomic
def accept_invitation(user, token):
    """The invited user, signed in with the invited address verified, becomes a member."""
    organisation, email = read_invitation(token)
    if not user.is_authenticated or not EmailAddress.objects.filter(
            user=user, email__iexact=email, verified=True).exists():
        raise PermissionDenied(_(
            "This invitation was sent to another e-mail address. Sign in with that address, "
            "or add and verify it in your account."))
    membership = Membership.objects.filter(user=user, organisation=organisation).first()
    if membership is None:
        membership = Membership.objects.create(
            user=user, organisation=organisation, status=MembershipStatus.ACTIVE,
            status_changed_at=timezone.now())
        _log(organisation, "accept", user, {"member": user.pk})
        return membership
    if membership.status == MembershipStatus.ACTIVE:
        raise ValidationError(_("You are already a member of %(organisation)s.")
                              % {"organisation": organisation.name})
    if membership.status == MembershipStatus.LEFT and \
            membership.status_changed_at >= invitation_issued_at(token):
        # Removed (or gone) after this invitation was sent: an old link does not bring a
        # member back; only a new invitation does.
        raise ValidationError(
            _("This invitation is no longer valid. Ask the organisation's admin to invite you "
              "again."), code="used")
    return _move(membership, MembershipStatus.ACTIVE, user=user, action="accept",
                 role=MembershipRole.MEMBER)


# --- Members --------------------------------------------------------------------------------

def leave(user, organisation):
    membership = membership_of(user, organisation)
    if membership is None:
        raise PermissionDenied(_("You are not a member of this organisation."))
    _require_other_admin(membership, _(
        "You are the organisation's only admin. Make another member an admin before you "
        "leave."))
    return _move(membership, MembershipStatus.LEFT, user=user, action="leave")


def change_role(user, membership, role):
    _require_admin(user, membership.organisation)
    role = MembershipRole(role)
    if membership.status != MembershipStatus.ACTIVE:
        raise ValidationError(_("Only an active member's role can be changed."))
    if role == membership.role:
        return membership
    if role != MembershipRole.ADMIN:
        _require_other_admin(membership, _("The organisation must keep at least one admin."))
    old = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    _log(membership.organisation, "change_role", user,
         {"member": membership.user_id, "old_role": old, "new_role": role})
    return membership


def remove_member(user, membership):
    _require_admin(user, membership.organisation)
    if membership.status != MembershipStatus.ACTIVE:
        raise ValidationError(_("Only an active member can be removed."))
    _require_other_admin(membership, _("The organisation must keep at least one admin."))
    return _move(membership, MembershipStatus.LEFT, user=user, action="remove")
