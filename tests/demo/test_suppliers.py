"""seed_demo's supplier organisations: every type and size class, with members."""

import io

import pytest
from django.core.management import call_command

from suppliers.enums import MembershipStatus, OrganisationType, SizeClass
from suppliers.models import Membership, Organisation

pytestmark = pytest.mark.django_db


def run_seed():
    call_command("seed_demo", stdout=io.StringIO())


def test_every_type_and_size_class_has_an_organisation_with_an_admin():
    run_seed()
    organisations = list(Organisation.objects.all())
    assert {o.organisation_type for o in organisations} == set(OrganisationType.values)
    assert {o.size_class for o in organisations} == set(SizeClass.values)
    for organisation in organisations:
        assert Membership.objects.admins().filter(organisation=organisation).exists()
        assert organisation.service_areas.exists() and organisation.municipalities.exists()
    assert Membership.objects.filter(status=MembershipStatus.REQUESTED).exists()


def test_running_it_again_keeps_what_staff_changed():
    run_seed()
    organisation = Organisation.objects.get(business_id="3012345-8")
    organisation.verified = True
    organisation.save()
    count = Membership.objects.count()
    run_seed()
    organisation.refresh_from_db()
    assert organisation.verified
    assert Membership.objects.count() == count


def test_in_development_the_demo_supplier_acts_for_two_organisations(settings):
    settings.DEBUG = True
    run_seed()
    memberships = Membership.objects.active().filter(user__email="supplier@example.fi")
    assert memberships.count() == 2
    assert memberships.filter(role="admin").count() == 1


def test_the_demo_organisations_follow_tenders_of_their_service_areas():
    from suppliers.interests.models import TenderInterest

    run_seed()
    interests = list(TenderInterest.objects.prefetch_related("lots"))
    assert len(interests) >= 10
    assert {interest.mode for interest in interests} == {
        "alone", "consortium", "subcontractor", "following"}
    assert any(len(interest.lot_keys) == 2 for interest in interests)
    count = len(interests)
    run_seed()
    assert TenderInterest.objects.count() == count


def test_demo_people_keep_alerts_in_finnish_and_swedish():
    from suppliers.alerts.models import AlertSubscription

    run_seed()
    alerts = AlertSubscription.objects.all()
    assert {alert.language for alert in alerts} == {"fi", "sv"}
    assert {alert.frequency for alert in alerts} == {"immediate", "weekly"}
    count = alerts.count()
    run_seed()
    assert AlertSubscription.objects.count() == count
