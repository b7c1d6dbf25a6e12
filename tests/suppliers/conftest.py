"""Factories of the supplier tests: users with a verified address, organisations."""

import itertools

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone

from suppliers import domain
from suppliers.enums import MembershipStatus, OrganisationType
from suppliers.models import Membership

# Valid business IDs (the check digit is right).
BUSINESS_IDS = ["2077474-0", "0737546-2", "1572860-0", "0201256-6", "2331972-7", "0109862-8"]
_numbers = itertools.count()


@pytest.fixture
def make_user(db, django_user_model):
    def make_user(email=None):
        email = email or f"user{next(_numbers)}@example.fi"
        user = django_user_model.objects.create_user(email, email, "x" * 16)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        return user

    return make_user


@pytest.fixture
def make_organisation(db, make_user, django_capture_on_commit_callbacks):
    ids = iter(BUSINESS_IDS)

    def make_organisation(admin=None, **data):
        admin = admin or make_user()
        data = {"name": "Hoivapalvelu Oy", "business_id": next(ids),
                "organisation_type": OrganisationType.COMPANY, **data}
        with django_capture_on_commit_callbacks(execute=True):
            organisation, _membership = domain.create_organisation(admin, data)
        return organisation

    return make_organisation


@pytest.fixture
def admin_and_organisation(make_user, make_organisation):
    admin = make_user("admin@hoiva.example.fi")
    return admin, make_organisation(admin)


@pytest.fixture
def add_member(make_user):
    """An active (non-admin) member of an organisation."""

    def add_member(organisation, email=None):
        user = make_user(email)
        Membership.objects.create(user=user, organisation=organisation,
                                  status=MembershipStatus.ACTIVE,
                                  status_changed_at=timezone.now())
        return user

    return add_member
