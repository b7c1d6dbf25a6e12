"""Memberships: registering, asking to join, invitations, leaving, roles."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from suppliers import domain
from suppliers.enums import MembershipRole, MembershipStatus, OrganisationType
from suppliers.models import Membership

pytestmark = pytest.mark.django_db


def test_the_user_who_registers_an_organisation_is_its_admin(make_user):
    user = make_user()
    organisation, membership = domain.create_organisation(user, {
        "name": "Kotihoito Ab", "business_id": "20774740",
        "organisation_type": OrganisationType.COMPANY})
    assert organisation.business_id == "2077474-0"
    assert (membership.user, membership.role, membership.status) == (
        user, MembershipRole.ADMIN, MembershipStatus.ACTIVE)
    assert membership.is_admin


def test_registering_a_known_business_id_asks_the_admins_to_let_the_user_join(
        admin_and_organisation, make_user, add_member, django_capture_on_commit_callbacks):
    admin, organisation = admin_and_organisation
    add_member(organisation, "member@hoiva.example.fi")  # not an admin: not told
    newcomer = make_user("new@hoiva.example.fi")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        found, membership = domain.create_organisation(newcomer, {
            "name": "Another name", "business_id": organisation.business_id,
            "organisation_type": OrganisationType.COMPANY})

    assert found == organisation
    assert found.name == "Hoivapalvelu Oy"
    assert membership.status == MembershipStatus.REQUESTED
    [message] = mail.outbox
    assert message.to == ["admin@hoiva.example.fi"]
    assert message.subject == "new@hoiva.example.fi pyytää liittyä organisaatioon Hoivapalvelu Oy"
    assert f"http://testserver/fi/supplier/{organisation.pk}/members/" in message.body

    domain.approve_request(admin, membership)
    membership.refresh_from_db()
    assert (membership.status, membership.role) == (MembershipStatus.ACTIVE,
                                                    MembershipRole.MEMBER)


def test_asking_twice_sends_the_admins_one_message(admin_and_organisation, make_user,
                                                    django_capture_on_commit_callbacks):
    _admin, organisation = admin_and_organisation
    newcomer = make_user()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        domain.request_to_join(newcomer, organisation)
        domain.request_to_join(newcomer, organisation)
    assert len(mail.outbox) == 1


def test_a_declined_request_ends_the_membership(admin_and_organisation, make_user):
    admin, organisation = admin_and_organisation
    membership = domain.request_to_join(make_user(), organisation)
    domain.decline_request(admin, membership)
    assert membership.status == MembershipStatus.LEFT
    with pytest.raises(ValidationError, match="Hyväksyttävää pyyntöä ei ole"):
        domain.approve_request(admin, membership)


def test_a_member_cannot_approve_a_request(admin_and_organisation, make_user, add_member):
    _admin, organisation = admin_and_organisation
    member = add_member(organisation)
    membership = domain.request_to_join(make_user(), organisation)
    with pytest.raises(PermissionDenied):
        domain.approve_request(member, membership)
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REQUESTED


def test_an_invited_user_accepts_and_becomes_a_member(
        admin_and_organisation, make_user, django_capture_on_commit_callbacks):
    admin, organisation = admin_and_organisation
    invitee = make_user("invitee@example.fi")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        token = domain.invite(admin, organisation, "Invitee@Example.fi", language="sv")

    assert Membership.objects.get(user=invitee).status == MembershipStatus.INVITED
    [message] = mail.outbox
    assert message.to == ["invitee@example.fi"]
    assert message.subject == "Inbjudan att gå med i Hoivapalvelu Oy"
    assert f"http://testserver/sv/supplier/invitation/{token}/" in message.body

    membership = domain.accept_invitation(invitee, token)
    assert (membership.status, membership.role) == (MembershipStatus.ACTIVE,
                                                    MembershipRole.MEMBER)


def test_an_address_without_an_account_can_be_invited_and_accept_after_signing_up(
        admin_and_organisation, make_user):
    admin, organisation = admin_and_organisation
    token = domain.invite(admin, organisation, "later@example.fi")
    assert not Membership.objects.filter(organisation=organisation,
                                         status=MembershipStatus.INVITED).exists()
    membership = domain.accept_invitation(make_user("later@example.fi"), token)
    assert membership.status == MembershipStatus.ACTIVE


def test_an_invitation_cannot_be_accepted_by_someone_else(admin_and_organisation, make_user):
    admin, organisation = admin_and_organisation
    token = domain.invite(admin, organisation, "invitee@example.fi")
    with pytest.raises(PermissionDenied, match="toiseen sähköpostiosoitteeseen"):
        domain.accept_invitation(make_user("someone.else@example.fi"), token)


def test_an_invitation_older_than_the_maximum_age_has_expired(admin_and_organisation,
                                                               make_user, settings):
    _admin, organisation = admin_and_organisation
    invitee = make_user("invitee@example.fi")
    assert settings.SUPPLIER_INVITATION_MAX_AGE == 14 * 24 * 3600
    old = domain.invitation_token(organisation, invitee.email,
                                  at=timezone.now() - timedelta(days=14, minutes=1))
    fresh = domain.invitation_token(organisation, invitee.email,
                                    at=timezone.now() - timedelta(days=13, hours=23))
    with pytest.raises(ValidationError, match="Kutsu on vanhentunut") as error:
        domain.accept_invitation(invitee, old)
    assert error.value.code == "expired"
    assert domain.accept_invitation(invitee, fresh).status == MembershipStatus.ACTIVE


def test_a_removed_member_cannot_come_back_with_the_old_invitation(
        admin_and_organisation, make_user):
    admin, organisation = admin_and_organisation
    invitee = make_user("invitee@example.fi")
    old = domain.invitation_token(organisation, invitee.email,
                                  at=timezone.now() - timedelta(minutes=5))
    membership = domain.accept_invitation(invitee, old)
    domain.remove_member(admin, membership)
    with pytest.raises(ValidationError) as error:
        domain.accept_invitation(invitee, old)
    assert error.value.code == "used"
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.LEFT
    # A new invitation does bring them back.
    token = domain.invite(admin, organisation, invitee.email)
    assert domain.accept_invitation(invitee, token).status == MembershipStatus.ACTIVE


def test_a_tampered_invitation_is_refused(admin_and_organisation, make_user, settings):
    _admin, organisation = admin_and_organisation
    invitee = make_user("invitee@example.fi")
    token = domain.invitation_token(organisation, invitee.email)
    payload, rest = token.split(":", 1)
    forged = domain.invitation_token(organisation, "other@example.fi").split(":", 1)[0]
    altered = token[:-2] + ("xx" if not token.endswith("xx") else "yy")
    for bad in (forged + ":" + rest, altered, "not-a-token"):
        with pytest.raises(ValidationError, match="Kutsulinkki ei ole kelvollinen") as error:
            domain.accept_invitation(invitee, bad)
        assert error.value.code == "invalid"
    assert not Membership.objects.filter(user=invitee).exists()


def test_only_an_admin_can_invite(admin_and_organisation, add_member):
    _admin, organisation = admin_and_organisation
    member = add_member(organisation)
    with pytest.raises(PermissionDenied):
        domain.invite(member, organisation, "x@example.fi")


def test_the_last_admin_cannot_leave(admin_and_organisation, add_member):
    admin, organisation = admin_and_organisation
    add_member(organisation)
    with pytest.raises(ValidationError, match="ainoa ylläpitäjä"):
        domain.leave(admin, organisation)
    assert domain.membership_of(admin, organisation).is_admin


def test_a_member_can_leave_and_an_admin_can_once_another_admin_exists(
        admin_and_organisation, add_member):
    admin, organisation = admin_and_organisation
    member = add_member(organisation)
    domain.change_role(admin, domain.membership_of(member, organisation), MembershipRole.ADMIN)
    assert domain.leave(admin, organisation).status == MembershipStatus.LEFT
    assert domain.membership_of(admin, organisation) is None
    with pytest.raises(ValidationError, match="ainoa ylläpitäjä"):
        domain.leave(member, organisation)


def test_an_admin_changes_a_members_role_but_the_last_admin_stays(admin_and_organisation,
                                                                   add_member):
    admin, organisation = admin_and_organisation
    member = add_member(organisation)
    membership = domain.membership_of(member, organisation)
    domain.change_role(admin, membership, MembershipRole.ADMIN)
    membership.refresh_from_db()
    assert membership.role == MembershipRole.ADMIN

    domain.change_role(member, domain.membership_of(admin, organisation), MembershipRole.MEMBER)
    with pytest.raises(ValidationError, match="vähintään yksi ylläpitäjä"):
        domain.change_role(member, membership, MembershipRole.MEMBER)


def test_a_member_cannot_change_roles_or_remove_members(admin_and_organisation, add_member):
    admin, organisation = admin_and_organisation
    member = add_member(organisation)
    admin_membership = domain.membership_of(admin, organisation)
    with pytest.raises(PermissionDenied):
        domain.change_role(member, domain.membership_of(member, organisation),
                           MembershipRole.ADMIN)
    with pytest.raises(PermissionDenied):
        domain.remove_member(member, admin_membership)


def test_an_admin_removes_a_member(admin_and_organisation, add_member):
    admin, organisation = admin_and_organisation
    member = add_member(organisation)
    domain.remove_member(admin, domain.membership_of(member, organisation))
    assert domain.membership_of(member, organisation) is None


def test_a_move_outside_the_table_is_refused(admin_and_organisation, make_user):
    admin, organisation = admin_and_organisation
    membership = domain.request_to_join(make_user(), organisation)
    domain.decline_request(admin, membership)
    with pytest.raises(domain.TransitionNotAllowed):
        domain._move(membership, MembershipStatus.LEFT, user=admin, action="remove")


def test_staff_verification_is_dated_and_signed(admin_and_organisation, django_user_model):
    _admin, organisation = admin_and_organisation
    staff = django_user_model.objects.create_superuser("staff@example.fi", "staff@example.fi",
                                                       "x" * 16)
    domain.set_verified(organisation, True, by=staff)
    organisation.refresh_from_db()
    assert organisation.verified and organisation.verified_by == staff
    assert organisation.verified_at is not None
    with pytest.raises(PermissionDenied):
        domain.set_verified(organisation, False, by=_admin)
