"""A user's personal data: everything the portal holds about them, as one JSON document,
and the deletion of their account.

Each app that stores records about a user registers a part: a function that exports the
user's records and, where the records must outlive the account, one that strips the person
from them. Records that belong to an organisation (its interests, its proposals) stay
readable to staff after the deletion, without the person's name or address.
"""

import json
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.notifications.enums import OPEN_STATES
from portal.notifications.models import OutboundEmail, normalise_address

from .enums import MembershipRole
from .models import Membership

# What replaces a deleted user's address on the messages kept for the outbox's figures.
REDACTED_ADDRESS = "deleted-user@invalid.invalid"


@dataclass
class Part:
    key: str
    export: object            # user -> JSON-serialisable value
    erase: object = None      # user -> None, run before the user row is deleted


PARTS = {}


def register(key, export, erase=None):
    PARTS[key] = Part(key, export, erase)


def user_addresses(user):
    addresses = {normalise_address(address) for address in
                 EmailAddress.objects.filter(user=user).values_list("email", flat=True)}
    if user.email:
        addresses.add(normalise_address(user.email))
    return sorted(addresses)


def _messages_to(user):
    return OutboundEmail.objects.filter(to__in=user_addresses(user))


# --- The parts every installation has ----------------------------------------------------

def _export_account(user):
    return {
        "username": user.get_username(),
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        # The kinds of second factor and when they were used; never their secrets.
        "two_factor_authentication": [
            {"type": authenticator.type, "created_at": authenticator.created_at,
             "last_used_at": authenticator.last_used_at}
            for authenticator in Authenticator.objects.filter(user=user).order_by("created_at")
        ],
    }


def _export_memberships(user):
    return [
        {"organisation": membership.organisation.name,
         "business_id": membership.organisation.business_id,
         "role": membership.role, "status": membership.status,
         "since": membership.created_at, "status_changed_at": membership.status_changed_at}
        for membership in Membership.objects.filter(user=user)
        .select_related("organisation").order_by("organisation__name")
    ]


def _export_emails(user):
    return [
        {"to": email.to, "subject": email.subject, "language": email.language,
         "status": email.status, "created_at": email.created_at, "sent_at": email.sent_at,
         "delivery_status": email.delivery_status}
        for email in _messages_to(user).order_by("created_at", "pk")
    ]


def _erase_emails(user):
    """Unsent messages to the user are dropped; sent ones keep only what the outbox's
    figures need (template, language, status, times)."""
    messages = _messages_to(user)
    messages.filter(status__in=OPEN_STATES).delete()
    messages.update(to=REDACTED_ADDRESS, subject="", text_body="", html_body="", headers={},
                    attachments=[])


register("account", _export_account)
register("memberships", _export_memberships)
register("emails", _export_emails, _erase_emails)


# --- Export and deletion -----------------------------------------------------------------

def export_data(user, *, now=None):
    document = {"exported_at": now or timezone.now()}
    for part in PARTS.values():
        document[part.key] = part.export(user)
    return document


def export_json(user, *, now=None):
    return json.dumps(export_data(user, now=now), cls=DjangoJSONEncoder, ensure_ascii=False,
                      indent=2)


def organisations_left_without_admin(user):
    """Organisations where the user is the last admin while other members remain: they
    must hand the admin role over before their account can go."""
    blocking = []
    for membership in Membership.objects.admins().filter(user=user) \
            .select_related("organisation"):
        organisation = membership.organisation
        others = Membership.objects.active().filter(organisation=organisation) \
            .exclude(user=user)
        if others.exists() and not others.filter(role=MembershipRole.ADMIN).exists():
            blocking.append(organisation)
    return blocking


def organisations_left_without_members(user):
    """Organisations the user is the only active member of: they stay, for staff, empty."""
    return [membership.organisation for membership in
            Membership.objects.active().filter(user=user).select_related("organisation")
            if not Membership.objects.active().filter(organisation=membership.organisation)
            .exclude(user=user).exists()]


def check_deletable(user):
    if user.is_staff or user.is_superuser:
        raise ValidationError(_("Staff accounts are removed by the portal's administrators."))
    blocking = organisations_left_without_admin(user)
    if blocking:
        raise ValidationError(
            _("You are the only admin of %(organisations)s. Make another member an admin "
              "before deleting your account.")
            % {"organisations": ", ".join(organisation.name for organisation in blocking)})


@transaction.atomic
def delete_account(user, request=None):
    """Delete the user and their personal data; organisations keep their records."""
    check_deletable(user)
    for part in PARTS.values():
        if part.erase is not None:
            part.erase(user)
    # The user's memberships go with the account; an organisation the user was the only
    # member of stays, with its records, for staff to read.
    if request is not None:
        logout(request)
    user.delete()
