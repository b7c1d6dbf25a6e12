"""seed_demo's supplier organisations: every type and size class, with members, following
the tenders of their service areas and keeping alerts (seeded only once, and the demo
supplier's two organisations: test_seed_demo.py)."""

import pytest

from suppliers.enums import MembershipStatus, OrganisationType, SizeClass
from suppliers.models import Membership, Organisation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("whole_demo")]


def test_every_type_and_size_class_has_an_organisation_with_an_admin():
    organisations = list(Organisation.objects.all())
    assert {o.organisation_type for o in organisations} == set(OrganisationType.values)
    assert {o.size_class for o in organisations} == set(SizeClass.values)
    for organisation in organisations:
        assert Membership.objects.admins().filter(organisation=organisation).exists()
        assert organisation.service_areas.exists() and organisation.municipalities.exists()
    assert Membership.objects.filter(status=MembershipStatus.REQUESTED).exists()


def test_the_demo_organisations_follow_tenders_of_their_service_areas():
    from suppliers.interests.models import TenderInterest

    interests = list(TenderInterest.objects.prefetch_related("lots"))
    assert len(interests) >= 10
    assert {interest.mode for interest in interests} == {
        "alone", "consortium", "subcontractor", "following"}
    assert any(len(interest.lot_keys) == 2 for interest in interests)


def test_demo_people_keep_alerts_in_finnish_and_swedish():
    from suppliers.alerts.models import AlertSubscription

    alerts = AlertSubscription.objects.all()
    assert {alert.language for alert in alerts} == {"fi", "sv"}
    assert {alert.frequency for alert in alerts} == {"immediate", "weekly"}
