"""The alert domain: only the owner changes an alert; personal data export and deletion;
the demo alerts."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from portal.demo.loader.suppliers import seed_alerts
from suppliers.alerts import domain
from suppliers.alerts.models import AlertMatch, AlertSubscription

pytestmark = pytest.mark.django_db


def test_only_the_owner_changes_an_alert(subscribe, make_user):
    subscription = subscribe(name="Mine")
    stranger = make_user()
    for change in (lambda: domain.update_subscription(stranger, subscription, {"name": "X"}),
                   lambda: domain.set_active(stranger, subscription, False),
                   lambda: domain.delete_subscription(stranger, subscription)):
        with pytest.raises(PermissionDenied):
            change()
    subscription.refresh_from_db()
    assert subscription.name == "Mine" and subscription.active


def test_an_unknown_language_is_refused(make_user):
    with pytest.raises(ValidationError):
        domain.create_subscription(make_user(), {"name": "x"}, language="de")


def test_unsubscribe_with_a_bad_token_raises_and_a_deleted_alert_is_fine(subscribe):
    from suppliers.alerts.mailing import unsubscribe_token

    with pytest.raises(ValidationError):
        domain.unsubscribe("not-a-token")
    subscription = subscribe()
    token = unsubscribe_token(subscription)
    subscription.delete()
    assert domain.unsubscribe(token) is None


def test_export_and_delete_a_users_alerts(subscribe, make_user):
    user = make_user()
    subscribe(user, name="Vaasa", municipalities=["905"], cpv_codes=["85311100"],
              keywords="kotihoito, ateria", item_types=["tender"], language="sv")
    subscribe()  # someone else's
    [exported] = domain.export_alerts(user)
    assert exported["name"] == "Vaasa" and exported["municipalities"] == ["905"]
    assert exported["cpv_codes"] == ["85311100"] and exported["item_types"] == ["tender"]
    assert exported["keywords"] == ["kotihoito", "ateria"] and exported["language"] == "sv"
    domain.delete_alerts(user)
    assert not AlertSubscription.objects.filter(user=user).exists()
    assert AlertSubscription.objects.count() == 1


def test_deleting_the_user_deletes_the_alerts_and_matches(subscribe):
    subscription = subscribe()
    subscription.user.delete()
    assert not AlertSubscription.objects.exists() and not AlertMatch.objects.exists()


def test_demo_alerts_are_seeded_once(make_user):
    user = make_user()
    assert seed_alerts(io.StringIO(), user) == 2
    assert seed_alerts(io.StringIO(), user) == 0
    weekly = AlertSubscription.objects.get(user=user, frequency="weekly")
    assert weekly.language == "sv" and weekly.item_types == []
    assert weekly.contract_types.count() == 2
