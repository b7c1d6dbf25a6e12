"""The tender page's interest box and the form it posts to, without JavaScript."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from portal.tenders.domain import change_status
from suppliers.acting import SESSION_KEY
from suppliers.interests import domain
from suppliers.interests.models import TenderInterest
from tests.suppliers.interests.conftest import lots_of, translate
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/1/notice/1/overview"


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"suppliers:interests:{name}", args=args)


def page_html(client, tender):
    """The Finnish tender page (text on it is asserted through fi(), whatever translations
    exist)."""
    return client.get(tender.url).content.decode()


def fi(text):
    with translation.override("fi"):
        return escape(gettext(text))


def form_data(organisation, mode="alone", lots=(), **fields):
    return {"organisation": organisation.pk, "mode": mode,
            "lots": [str(lot.translation_key) for lot in lots],
            "capacity": "", "questions": "", **fields}


def test_a_member_sees_the_form_on_the_tender_page(client, tender, member):
    user, organisation = member
    client.force_login(user)
    html = page_html(client, tender)
    assert f'action="{url("form", tender.pk, language="fi")}"' in html
    assert fi("Registering interest is not yet possible in the portal. Until it is, tell the "
              "contact person named on this page.") not in html
    assert f"<legend>{fi('How does your organisation intend to take part?')}</legend>" in html
    for lot in lots_of(tender).values():
        assert f'value="{lot.translation_key}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'name="organisation" value="{organisation.pk}"' in html
    assert html.count('class="badge badge--sme"') >= 2  # lots 1 and 3 are SME-sized


def test_registering_two_lots_goes_back_to_the_tender_page_with_a_message(
        client, tender, member):
    user, organisation = member
    lots = lots_of(tender)
    client.force_login(user)
    response = client.post(url("form", tender.pk), form_data(
        organisation, "consortium", [lots[1], lots[3]], capacity="30 asiakasta"))
    assert response.status_code == 302 and response.url == tender.url
    interest = TenderInterest.objects.get()
    assert interest.lot_keys == {lots[1].translation_key, lots[3].translation_key}
    assert interest.language == "en" and interest.mode == "consortium"
    assert "is registered" in str(list(get_messages(response.wsgi_request))[0])

    html = client.get(tender.url).content.decode()
    assert "30 asiakasta" in html and "1. Vaasa ja Mustasaari" in html
    assert f'action="{url("withdraw", tender.pk, language="fi")}"' in html
    assert f'href="{url("form", tender.pk, language="fi")}"' in html  # change


def test_the_change_form_is_filled_in_and_saves_the_change(client, tender, member):
    user, organisation = member
    lots = lots_of(tender)
    domain.register_interest(user, organisation, tender, mode="alone",
                             lot_keys=[lots[1].translation_key], questions="Kysymys")
    client.force_login(user)
    html = client.get(url("form", tender.pk)).content.decode()
    assert f'value="{lots[1].translation_key}" id="interest-lots-0" checked' in html
    assert 'value="alone" id="interest-mode-0" checked' in html
    assert "Kysymys</textarea>" in html
    response = client.post(url("form", tender.pk),
                           form_data(organisation, "subcontractor", [lots[2]]))
    assert response.status_code == 302
    interest = TenderInterest.objects.get()
    assert interest.mode == "subcontractor" and interest.lot_keys == {lots[2].translation_key}
    assert interest.questions == ""


def test_a_member_withdraws_the_interest(client, tender, member):
    user, organisation = member
    domain.register_interest(user, organisation, tender, mode="following")
    client.force_login(user)
    response = client.post(url("withdraw", tender.pk), {"organisation": organisation.pk})
    assert response.status_code == 302 and response.url == tender.url
    assert TenderInterest.objects.get().status == "withdrawn"
    html = page_html(client, tender)
    assert 'name="mode"' in html and url("withdraw", tender.pk, language="fi") not in html
    # Nothing left to withdraw.
    assert client.post(url("withdraw", tender.pk),
                       {"organisation": organisation.pk}).status_code == 404


def test_errors_are_listed_and_everything_typed_is_kept(client, tender, member):
    user, organisation = member
    client.force_login(user)
    response = client.post(url("form", tender.pk), form_data(
        organisation, "alone", capacity="Kapasiteetti jää", questions="Kysymys jää"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#interest-lots-0"' in html
    assert "Choose at least one lot" in html
    assert "Kapasiteetti jää</textarea>" in html and "Kysymys jää</textarea>" in html
    assert 'value="alone" id="interest-mode-0" checked' in html
    assert not TenderInterest.objects.exists()

    response = client.post(url("form", tender.pk), {"organisation": organisation.pk})
    assert 'href="#interest-mode-0"' in response.content.decode()


def test_a_tampered_post_is_refused(client, tender, member, make_organisation):
    user, organisation = member
    other_tender = make_tender(lots=[{"number": 1, "title": "Muu osa-alue"}])
    client.force_login(user)
    # A lot of another tender.
    response = client.post(url("form", tender.pk),
                           form_data(organisation, "alone", lots_of(other_tender).values()))
    assert response.status_code == 200
    assert "Choose lots of this procurement only." in response.content.decode()
    # An unknown mode.
    response = client.post(url("form", tender.pk), form_data(organisation, "boss"))
    assert response.status_code == 200 and 'href="#interest-mode-0"' in \
        response.content.decode()
    # Another organisation, or none.
    other = make_organisation()
    for organisation_id in (other.pk, "x", ""):
        response = client.post(url("form", tender.pk),
                               {**form_data(organisation, "following"),
                                "organisation": organisation_id})
        assert response.status_code == 404
    assert not TenderInterest.objects.exists()


def test_outsiders_never_see_or_change_another_organisations_interest(
        client, tender, member, make_user, make_organisation):
    user, organisation = member
    domain.register_interest(user, organisation, tender, mode="following",
                             questions="Salainen kysymys")
    outsider = make_user()
    make_organisation(outsider, name="Kilpailija Oy")
    client.force_login(outsider)
    assert "Salainen kysymys" not in page_html(client, tender)
    assert "Salainen kysymys" not in client.get(url("form", tender.pk)).content.decode()
    assert "Salainen kysymys" not in client.get(url("mine")).content.decode()
    # Even with the session pointing at it, the organisation is not the outsider's.
    session = client.session
    session[SESSION_KEY] = organisation.pk
    session.save()
    assert "Salainen kysymys" not in page_html(client, tender)
    assert client.post(url("withdraw", tender.pk),
                       {"organisation": organisation.pk}).status_code == 404
    assert client.post(url("form", tender.pk),
                       form_data(organisation, "alone", [lots_of(tender)[1]])).status_code \
        == 404
    interest = TenderInterest.objects.get()
    assert interest.is_active and interest.mode == "following"


def test_an_anonymous_visitor_is_sent_to_sign_in(client, tender):
    for method, address in [("get", url("form", tender.pk)), ("post", url("form", tender.pk)),
                            ("post", url("withdraw", tender.pk)), ("get", url("mine"))]:
        response = getattr(client, method)(address)
        assert response.status_code == 302 and "/accounts/login/" in response.url, address
    html = client.get(tender.url).content.decode()
    assert "/accounts/login/?next=" in html and 'name="mode"' not in html


def test_a_user_without_an_organisation_is_asked_to_register_one(client, tender, make_user):
    client.force_login(make_user())
    html = page_html(client, tender)
    with translation.override("fi"):
        create = reverse("suppliers:create")
    assert f'href="{create}"' in html and 'name="mode"' not in html
    assert client.post(url("form", tender.pk), {"mode": "following"}).status_code == 404


def test_once_open_the_interest_is_shown_locked(client, tender, member):
    user, organisation = member
    domain.register_interest(user, organisation, tender, mode="following")
    change_status(tender, "open", notice_url=NOTICE)
    client.force_login(user)
    html = page_html(client, tender)
    assert fi("Your organisation has registered interest.") in html
    with translation.override("fi"):
        assert escape(domain.lock_reason(tender)) in html
    assert url("withdraw", tender.pk, language="fi") not in html
    response = client.post(url("form", tender.pk), form_data(organisation, "following",
                                                             capacity="Uusi"))
    assert "can no longer be registered" in response.content.decode()
    response = client.post(url("withdraw", tender.pk), {"organisation": organisation.pk})
    assert response.status_code == 302
    assert TenderInterest.objects.get().is_active


def test_an_unpublished_tender_has_no_interest_form(client, member):
    user, _organisation = member
    tender = make_tender(publish=False, live=False)
    client.force_login(user)
    assert client.get(url("form", tender.pk)).status_code == 404


def test_the_swedish_page_registers_the_same_interest(client, tender, member):
    user, organisation = member
    swedish = translate(tender, "sv")
    client.force_login(user)
    lot = lots_of(swedish)[2]
    response = client.post(url("form", swedish.pk, language="sv"),
                           form_data(organisation, "alone", [lot]))
    assert response.url == swedish.url
    interest = TenderInterest.objects.get()
    assert interest.language == "sv" and interest.tender_key == tender.translation_key
    html = client.get(tender.url).content.decode()  # the Finnish page shows it too
    assert "2. Pietarsaari" in html and url("withdraw", tender.pk, language="fi") in html


def test_the_tender_page_adds_no_queries_for_anonymous_visitors(
        client, tender, django_assert_num_queries):
    client.get(tender.url)
    # 12: the coming events about the tender are one of them, its lots' municipalities
    # another.
    with django_assert_num_queries(12):
        client.get(tender.url)


@pytest.mark.parametrize("count", [1, 3])
def test_the_tender_page_takes_the_same_queries_for_a_member_with_any_lots(
        client, member, django_assert_num_queries, count):
    user, organisation = member
    tender = make_tender(lots=[{"number": n, "title": f"Osa {n}"} for n in range(1, 4)])
    lots = list(lots_of(tender).values())[:count]
    domain.register_interest(user, organisation, tender, mode="alone",
                             lot_keys=[lot.translation_key for lot in lots])
    client.force_login(user)
    client.get(tender.url)
    with django_assert_num_queries(19):  # one of them for the lots' municipalities
        client.get(tender.url)


@pytest.mark.parametrize("count", [1, 3])
def test_my_interests_lists_the_acting_organisations_interests_in_fixed_queries(
        client, member, make_organisation, django_assert_num_queries, count):
    user, organisation = member
    tenders = [make_tender(title=f"Hankinta {n}", lots=[{"number": 1, "title": f"Osa {n}"}])
               for n in range(count)]
    for tender in tenders:
        domain.register_interest(user, organisation, tender, mode="alone",
                                 lot_keys=[lots_of(tender)[1].translation_key])
    swedish = translate(tenders[0], "sv")
    other_user, other = make_user_with_organisation(make_organisation)
    domain.register_interest(other_user, other, tenders[0], mode="following")
    client.force_login(user)
    client.get(url("mine", language="sv"))
    with django_assert_num_queries(10):
        response = client.get(url("mine", language="sv"))
    html = response.content.decode()
    assert html.count("<tr>") == count + 1
    assert swedish.title in html  # the Swedish page where there is one
    assert all(tender.title in html for tender in tenders[1:])  # Finnish where no Swedish
    assert "Osa 0" in html and 'name="mode"' not in html


def make_user_with_organisation(make_organisation):
    organisation = make_organisation(name="Toinen Oy")
    return organisation.memberships.get().user, organisation


def test_a_user_of_several_organisations_registers_for_the_one_acted_for(
        client, tender, member, make_organisation):
    user, first = member
    second = make_organisation(user, name="Toinen Oy")
    client.force_login(user)
    client.post(reverse("suppliers:act_for"), {"organisation": second.pk})
    html = page_html(client, tender)
    assert f'name="organisation" value="{second.pk}"' in html
    client.post(url("form", tender.pk), form_data(second, "following"))
    assert [interest.organisation for interest in TenderInterest.objects.all()] == [second]
    assert domain.interest_of(first, tender) is None


def test_the_language_switch_on_the_form_leads_to_the_tender_in_that_language(
        client, member, tender):
    from tests.suppliers.interests.conftest import translate

    swedish = translate(tender, "sv")
    client.force_login(member[0])
    response = client.get(f"/fi/supplier/interest/{swedish.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/fi/supplier/interest/{tender.pk}/"


def test_the_act_for_another_organisation_link_needs_another_organisation(
        client, tender, member, make_organisation):
    user, _first = member
    client.force_login(user)
    def switch(language):
        with translation.override(language):
            return reverse("suppliers:my_organisations") + "?next="

    def links():
        pages = [(page_html(client, tender), "fi"),
                 (client.get(url("form", tender.pk)).content.decode(), "en"),
                 (client.get(url("mine")).content.decode(), "en")]
        return [switch(language) in html for html, language in pages]

    assert links() == [False, False, False]  # one organisation: nothing to switch to
    make_organisation(user, name="Toinen Oy")
    assert links() == [True, True, True]


def test_each_lot_has_an_anchor_that_my_interests_links_to(client, member):
    user, organisation = member
    tender = make_tender(lots=[{"number": n, "title": f"Osa {n}"} for n in (1, 2)])
    domain.register_interest(user, organisation, tender, mode="alone",
                             lot_keys=[lots_of(tender)[2].translation_key])
    client.force_login(user)
    html = page_html(client, tender)
    assert '<tr id="lot-1">' in html and '<tr id="lot-2">' in html
    mine = client.get(url("mine")).content.decode()
    assert f'<a href="{tender.url}#lot-2">2. Osa 2</a>' in mine
