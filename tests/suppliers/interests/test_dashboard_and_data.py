"""Interests on My page and in the user's personal data; the organisation keeps them when
the user's account goes."""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from suppliers import personal_data
from suppliers.interests import domain
from suppliers.interests.models import TenderInterest
from tests.suppliers.interests.conftest import lots_of

pytestmark = pytest.mark.django_db


def register(member, tender, numbers=(1, 3)):
    user, organisation = member
    lots = lots_of(tender)
    return domain.register_interest(
        user, organisation, tender, mode="alone",
        lot_keys=[lots[number].translation_key for number in numbers],
        capacity="20 asiakasta", questions="Voiko osa-alueita yhdistää?", language="fi")


def test_my_page_shows_the_followed_tender_with_its_status_and_lots(client, member, tender):
    register(member, tender)
    client.force_login(member[0])
    with translation.override("fi"):
        html = client.get(reverse("suppliers:dashboard")).content.decode()
    assert "Kotihoidon tukipalvelut" in html
    assert "1. Vaasa ja Mustasaari" in html and "3. Närpiö" in html
    assert "2. Pietarsaari" not in html


def test_my_page_of_another_organisations_user_does_not_show_it(
        client, member, tender, make_user, make_organisation):
    register(member, tender)
    outsider = make_user()
    make_organisation(outsider, business_id="0737546-2", name="Toinen Oy")
    client.force_login(outsider)
    with translation.override("fi"):
        html = client.get(reverse("suppliers:dashboard")).content.decode()
    assert "Kotihoidon tukipalvelut" not in html


def test_the_data_export_lists_the_interests_the_user_registered(member, tender):
    register(member, tender)
    data = json.loads(personal_data.export_json(member[0]))
    [interest] = data["interests"]
    assert interest["tender"] == "Kotihoidon tukipalvelut"
    assert interest["lots"] == [1, 3]
    assert interest["questions"] == "Voiko osa-alueita yhdistää?"


def test_deleting_the_account_keeps_the_organisations_interest_without_the_person(
        member, tender):
    user, organisation = member
    register(member, tender)
    personal_data.delete_account(user)
    interest = TenderInterest.objects.get(organisation=organisation)
    assert interest.registered_by is None and interest.lot_keys


@pytest.mark.parametrize("count", [1, 3])
def test_my_page_takes_the_same_queries_for_any_number_of_followed_tenders(
        client, member, django_assert_num_queries, count):
    from tests.suppliers.interests.conftest import LOTS
    from tests.tenders.helpers import make_tender

    for _ in range(count):
        register(member, make_tender(lots=LOTS))
    client.force_login(member[0])
    url = reverse("suppliers:dashboard")
    client.get(url)  # warm the site's caches
    # Session, user, memberships, interests, their lots, tender pages, lot names, alerts,
    # event registrations, pilot proposals, the list of pilot calls, the site and the user's
    # permissions.
    with django_assert_num_queries(14):
        response = client.get(url)
    assert response.content.decode().count("Testihankinta") == count
