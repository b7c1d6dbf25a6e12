"""The "Pilot proposals" section of My page, and proposals in a user's personal data.

Proposals belong to the organisation, not to the member who wrote them. When a member's
account is deleted, the proposals stay with the organisation without the person:
`created_by` (and who uploaded an attachment or moved a proposal) becomes empty, and a
proposal whose contact e-mail is the person's gets another contact, in this order: another
active admin of the organisation, the organisation's own contact e-mail, another active
member. With nobody left, the contact e-mail is emptied and no e-mail about the proposal is
sent until a member fills it in again; staff still see the proposal in the admin. The texts
of a proposal (a team description, say) are the organisation's and are not changed.
"""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language

from suppliers.models import Membership
from suppliers.personal_data import user_addresses

from .calls import calls_by_key, open_calls_url
from .models import Proposal, ProposalAttachment, ProposalTransition
from .supplier.presenters import proposal_rows, shown_status

SHOWN = 5


def my_proposals(request, organisation):
    """The latest proposals of every organisation the user is an active member of (the
    section shows them all, as the list does, not only the acting organisation's)."""
    organisations = Membership.objects.active().filter(user=request.user) \
        .values("organisation_id")
    proposals = list(Proposal.objects.filter(organisation_id__in=organisations)
                     .select_related("organisation").order_by("-updated_at")[:SHOWN + 1])
    several = len({proposal.organisation_id for proposal in proposals}) > 1
    rows = proposal_rows(proposals[:SHOWN], get_language())
    items = [{
        "title": row.proposal.title, "reference": row.proposal.reference,
        "url": reverse("pilots:detail", args=[row.proposal.public_id]),
        "call": row.call.title if row.call else "",
        "status": row.status, "asked": row.asked, "decision": row.decision,
        "organisation": row.proposal.organisation.name if several else "",
    } for row in rows]
    return items, reverse("pilots:mine") if proposals else None, open_calls_url(request)


# --- Personal data ---------------------------------------------------------------------------

def _addresses_filter(user):
    query = Q(pk__in=[])
    for address in user_addresses(user):
        query |= Q(contact_email__iexact=address)
    return query


def export_proposals(user):
    """Proposals the user started or is the contact of, and the files they uploaded."""
    proposals = list(Proposal.objects.filter(Q(created_by=user) | _addresses_filter(user))
                     .select_related("organisation").order_by("created_at"))
    calls = calls_by_key([proposal.call_key for proposal in proposals], settings.LANGUAGE_CODE)
    uploads = {}
    for attachment in ProposalAttachment.objects.filter(uploaded_by=user).order_by("pk"):
        uploads.setdefault(attachment.proposal_id, []).append(
            {"filename": attachment.filename, "size": attachment.size,
             "uploaded_at": attachment.uploaded_at})
    return [{
        "reference": proposal.reference, "title": proposal.title,
        "call": getattr(calls.get(proposal.call_key), "title", str(proposal.call_key)),
        "organisation": proposal.organisation.name,
        # As the supplier's pages show it: a decision not yet released is not told.
        "status": shown_status(proposal).value,
        "language": proposal.language, "contact_email": proposal.contact_email,
        "started_by_me": proposal.created_by_id == user.pk,
        "created_at": proposal.created_at, "submitted_at": proposal.submitted_at,
        "attachments_i_uploaded": uploads.get(proposal.pk, []),
    } for proposal in proposals]


def _new_contact(organisation, user, addresses):
    members = Membership.objects.active().filter(organisation=organisation) \
        .exclude(user=user).select_related("user").order_by("created_at", "pk")
    admins = [membership for membership in members if membership.is_admin]
    others = [membership for membership in members if not membership.is_admin]
    candidates = [membership.user.email for membership in admins] + \
        [organisation.contact_email] + [membership.user.email for membership in others]
    return next((address for address in candidates
                 if address and address.lower() not in addresses), "")


def erase_proposals(user):
    """Before the account is deleted: the proposals stay with the organisation, without the
    person (see the module's docstring)."""
    addresses = {address.lower() for address in user_addresses(user)}
    for proposal in Proposal.objects.filter(_addresses_filter(user)) \
            .select_related("organisation"):
        proposal.contact_email = _new_contact(proposal.organisation, user, addresses)
        proposal.save(update_fields=["contact_email", "updated_at"])
    Proposal.objects.filter(created_by=user).update(created_by=None)
    ProposalAttachment.objects.filter(uploaded_by=user).update(uploaded_by=None)
    ProposalTransition.objects.filter(by=user).update(by=None)
