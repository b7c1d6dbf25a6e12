"""Records of the metrics tests, made directly with the times they need (Helsinki time)."""

import datetime
import itertools

import pytest
from django.utils import timezone

from portal.core.dates import HELSINKI
from suppliers.enums import MembershipStatus, OrganisationType
from suppliers.models import Membership, Organisation

_numbers = itertools.count(1000001)


def helsinki(*args):
    """An aware datetime from Helsinki wall-clock time."""
    return datetime.datetime(*args, tzinfo=HELSINKI)


def business_id():
    """A new valid Finnish business ID (the check digit is right)."""
    while True:
        digits = f"{next(_numbers):07d}"
        rest = sum(int(d) * w for d, w in zip(digits, (7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
        if rest != 1:
            return f"{digits}-{0 if rest == 0 else 11 - rest}"


def make_org(created, *, kind=OrganisationType.COMPANY, headcount="micro", turnover="micro",
             municipalities=(), name=None):

    from portal.taxonomy.models import Municipality

    organisation = Organisation.objects.create(
        name=name or f"Org {business_id()}", business_id=business_id(), organisation_type=kind,
        headcount_band=headcount, turnover_band=turnover)
    Organisation.objects.filter(pk=organisation.pk).update(created_at=created)
    if municipalities:
        organisation.municipalities.set(Municipality.objects.filter(code__in=municipalities))
    organisation.refresh_from_db()
    return organisation


@pytest.fixture(autouse=True)
def months_settle_at_midnight(monkeypatch):
    """A finished month is kept from its end on (not an hour later): a test run in the first
    hour of a month counts and queries as on any other day (test_frozen sets it back)."""
    from portal.metrics import frozen

    monkeypatch.setattr(frozen, "SETTLE", datetime.timedelta(0))


@pytest.fixture
def make_user(db, django_user_model):
    def make_user(email=None, staff=False):
        email = email or f"user{next(_numbers)}@example.fi"
        return django_user_model.objects.create_user(email, email, "x" * 16, is_staff=staff)

    return make_user


@pytest.fixture
def member(make_user):
    def member(organisation):
        user = make_user()
        Membership.objects.create(user=user, organisation=organisation,
                                  status=MembershipStatus.ACTIVE,
                                  status_changed_at=timezone.now())
        return user

    return member
