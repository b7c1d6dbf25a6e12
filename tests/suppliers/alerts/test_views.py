"""The alert screens: one's own alerts only, forms that keep what was typed, unsubscribe
links that need no sign-in but never act on GET, and fixed query counts."""

import re

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import translation

from portal.tenders.models import TenderIndexPage
from suppliers.alerts import mailing
from suppliers.alerts.domain import MAX_SUBSCRIPTIONS_PER_USER
from suppliers.alerts.models import AlertSubscription
from tests import factories

from .conftest import MODELS, terms

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"suppliers:alerts:{name}", args=args)


def term_ids(name, codes):
    return [term.pk for term in terms(MODELS[name], codes)]


def test_an_anonymous_visitor_is_sent_to_sign_in(client, subscribe):
    subscription = subscribe()
    for method, address in [("get", url("list")), ("get", url("create")),
                            ("get", url("edit", subscription.pk)),
                            ("post", url("delete", subscription.pk)),
                            ("post", url("pause", subscription.pk))]:
        response = getattr(client, method)(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith("/en/accounts/login/?next="), address


def test_another_users_alert_is_not_found_anywhere(client, subscribe, make_user):
    subscription = subscribe(name="Not yours")
    client.force_login(make_user())
    for method, address in [("get", url("edit", subscription.pk)),
                            ("post", url("edit", subscription.pk)),
                            ("get", url("delete", subscription.pk)),
                            ("post", url("delete", subscription.pk)),
                            ("post", url("pause", subscription.pk)),
                            ("post", url("resume", subscription.pk))]:
        assert getattr(client, method)(address, {"name": "Mine now"}).status_code == 404, \
            (method, address)
    assert "Not yours" not in client.get(url("list")).content.decode()
    subscription.refresh_from_db()
    assert subscription.name == "Not yours" and subscription.active


def test_create_an_alert_in_the_ui_language(client, make_user):
    user = make_user()
    client.force_login(user)
    page = client.get(url("create", language="sv")).content.decode()
    assert '<legend>' in page  # checkbox groups are fieldsets with a legend
    assert 'name="language" value="sv" required id="id_language_1" checked' in page
    response = client.post(url("create", language="sv"), {
        "name": "Hemvård", "item_types": ["tender"],
        "service_areas": term_ids("service_areas", ["home-care-support"]),
        "municipalities": term_ids("municipalities", ["905", "499"]),
        "cpv_codes": term_ids("cpv_codes", ["85311100"]),
        "keywords": "hemvård,  Kotihoito ;hemvård", "frequency": "weekly", "language": "sv",
    })
    assert response.status_code == 302 and response["Location"] == url("list", language="sv")
    subscription = AlertSubscription.objects.get(user=user)
    assert subscription.language == "sv" and subscription.frequency == "weekly"
    assert subscription.item_types == ["tender"]
    assert subscription.keywords == "hemvård, Kotihoito"
    assert {term.code for term in subscription.municipalities.all()} == {"905", "499"}


def test_bad_input_keeps_what_was_typed(client, make_user):
    client.force_login(make_user())
    response = client.post(url("create"), {
        "name": "My alert", "keywords": ", ".join(f"word{n}" for n in range(25)),
        "municipalities": term_ids("municipalities", ["905"]), "frequency": "monthly",
        "language": "en",
    })
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert 'href="#id_keywords"' in page and "Use at most 20 keywords." in page
    assert 'href="#id_frequency_0"' in page
    assert 'value="My alert"' in page and "word24" in page
    assert f'value="{term_ids("municipalities", ["905"])[0]}" id="id_municipalities_' in page
    assert not AlertSubscription.objects.exists()


def test_a_user_can_have_only_so_many_alerts(client, subscribe, make_user):
    user = make_user()
    for _ in range(MAX_SUBSCRIPTIONS_PER_USER):
        subscribe(user)
    client.force_login(user)
    response = client.post(url("create"), {"name": "One more", "frequency": "immediate",
                                           "language": "en"})
    assert response.status_code == 200
    assert "the most one account can have" in response.content.decode()
    assert AlertSubscription.objects.filter(user=user).count() == MAX_SUBSCRIPTIONS_PER_USER


def test_an_alert_from_a_calendar_search(client, make_user):
    client.force_login(make_user())
    page = client.get(url("create") + "?service_area=home-care-support&municipality=905"
                      "&municipality=499&cpv=85311000&sort=deadline").content.decode()
    checked = set(re.findall(r'name="(\w+)" value="([^"]*)"[^>]*checked', page))
    assert checked == {
        *(("service_areas", str(pk)) for pk in term_ids("service_areas", ["home-care-support"])),
        *(("municipalities", str(pk)) for pk in term_ids("municipalities", ["905", "499"])),
        *(("cpv_codes", str(pk)) for pk in term_ids("cpv_codes", ["85311000"])),
        ("item_types", "tender"), ("frequency", "immediate"), ("language", "en")}


def test_edit_pause_resume_and_delete_ones_own_alert(client, subscribe):
    subscription = subscribe(name="Old", municipalities=["905"], keywords="kotihoito")
    client.force_login(subscription.user)
    page = client.get(url("edit", subscription.pk)).content.decode()
    assert 'value="Old"' in page and "kotihoito" in page
    response = client.post(url("edit", subscription.pk), {
        "name": "New", "item_types": ["tender", "event"], "frequency": "immediate",
        "language": "fi", "keywords": ""})
    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.name == "New" and subscription.keywords == ""
    assert not subscription.municipalities.exists() and subscription.item_types == [
        "tender", "event"]

    assert client.get(url("pause", subscription.pk)).status_code == 405
    client.post(url("pause", subscription.pk))
    subscription.refresh_from_db()
    assert not subscription.active
    assert "Paused" in client.get(url("list")).content.decode()
    client.post(url("resume", subscription.pk))
    subscription.refresh_from_db()
    assert subscription.active

    confirm = client.get(url("delete", subscription.pk))
    assert confirm.status_code == 200 and "Delete the alert?" in confirm.content.decode()
    assert AlertSubscription.objects.filter(pk=subscription.pk).exists()
    client.post(url("delete", subscription.pk))
    assert not AlertSubscription.objects.filter(pk=subscription.pk).exists()


@pytest.mark.parametrize("count", [1, 5])
def test_the_list_runs_the_same_queries_whatever_the_number_of_alerts(
        client, subscribe, make_user, django_assert_num_queries, count):
    user = make_user()
    for number in range(count):
        subscribe(user, name=f"Alert {number}", service_areas=["home-care-support"],
                  municipalities=["905", "499"], contract_types=["framework-agreement"],
                  cpv_codes=["85311100"], keywords="kotihoito")
    client.force_login(user)
    client.get(url("list"))  # taxonomy names cached, as they are in production
    # session, user, alerts, their four kinds of terms; the site and the user's two kinds
    # of permissions for the page's chrome
    with django_assert_num_queries(10):
        response = client.get(url("list"))
    assert response.content.decode().count('class="card"') == count


# --- Unsubscribing -------------------------------------------------------------------------

def test_the_unsubscribe_link_asks_on_get_and_acts_on_post(client, subscribe):
    subscription = subscribe(name="Vaasa")
    address = mailing.unsubscribe_url(subscription).removeprefix("http://testserver")
    response = client.get(address)
    assert response.status_code == 200
    assert f'<form method="post" action="{address}">' in response.content.decode()
    assert response["Referrer-Policy"] == "no-referrer"
    subscription.refresh_from_db()
    assert subscription.active  # a mail scanner following the link changes nothing

    response = client.post(address)
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert not subscription.active
    assert client.post(address).status_code == 200  # again: still fine


def test_a_tampered_token_is_refused(client, subscribe):
    subscription = subscribe()
    other = subscribe()
    token = mailing.unsubscribe_token(subscription)
    forged = signing.dumps(other.pk, salt="another-salt")
    for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), forged,
                token.replace(token.split(":")[0], signing.b64_encode(
                    str(other.pk).encode()).decode())):
        for method in ("get", "post"):
            response = getattr(client, method)(url("unsubscribe", bad))
            assert response.status_code == 400, (bad, method)
    subscription.refresh_from_db()
    other.refresh_from_db()
    assert subscription.active and other.active


def test_one_click_unsubscribe_needs_no_csrf_token_or_session(subscribe):
    subscription = subscribe()
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        url("unsubscribe", mailing.unsubscribe_token(subscription), language="fi"),
        "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert not subscription.active


def test_other_screens_still_need_the_csrf_token(subscribe):
    subscription = subscribe()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(subscription.user)
    assert browser.post(url("pause", subscription.pk)).status_code == 403


def test_the_calendar_links_to_an_alert_from_its_search(client):
    calendar = factories.index_page(TenderIndexPage)
    page = client.get(f"{calendar.url}?municipality=905&cpv=85311000").content.decode()
    assert '<a href="/fi/supplier/alerts/new/?municipality=905&amp;cpv=85311000">' in page


def test_my_page_lists_my_alerts_and_not_anyone_elses(client, make_user):
    from suppliers.alerts import domain as alerts

    me, other = make_user(), make_user()
    alerts.create_subscription(me, {"name": "Kotihoito Vaasassa"}, language="fi")
    alerts.create_subscription(other, {"name": "Toisen vahti"}, language="fi")
    client.force_login(me)
    with translation.override("fi"):
        html = client.get(reverse("suppliers:dashboard")).content.decode()
    assert "Kotihoito Vaasassa" in html and "Toisen vahti" not in html


def test_the_data_export_holds_my_alerts_and_deletion_removes_them(make_user):
    import json

    from suppliers import personal_data
    from suppliers.alerts import domain as alerts

    me = make_user()
    alerts.create_subscription(me, {"name": "Kotihoito Vaasassa", "keywords": "ateria"},
                               language="fi")
    data = json.loads(personal_data.export_json(me))
    assert [alert["name"] for alert in data["alerts"]] == ["Kotihoito Vaasassa"]
    personal_data.delete_account(me)
    assert not AlertSubscription.objects.exists()
