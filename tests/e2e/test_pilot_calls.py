"""A provider looks for pilot calls in Finnish and Swedish: open, coming and closed calls, a
call's page with its criteria, FAQ and published results, and filtering without JavaScript.
axe on each page."""

from types import SimpleNamespace

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from pilots.enums import ProposalStatus
from pilots.models import CallCriterion, CallFAQ, PilotCallIndexPage, PilotCallPage
from portal.events.models import EventPage
from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.site import PASSWORD, bilingual, built_once
from tests.e2e.test_public_pages import assert_accessible


@pytest.fixture
def pilots(site):
    """Pilot calls of every phase in Finnish and Swedish, `calls` ({name: {"fi": page, "sv":
    page}}):

    - "loneliness", open, in home-care support and housing for older people, with its
      criteria and FAQ in both languages, an information session, and proposals of two
      organisations (one of them "Kylätupa kotiin", in Swedish);
    - "youth", open, in other services; "remote", coming;
    - "digital home care", closed; "memory", closed and decided, a pilot's result
      published; both in home-care support;

    and `member`, a member (not the admin) of the organisation that made "Kylätupa kotiin",
    who signs in with PASSWORD. Built once, then restored from a snapshot.
    """
    return built_once("e2e_pilots", build_pilots)


def build_pilots():
    loneliness = bilingual(factories.PilotCallPageFactory(
        title="Ikäihmisten yksinäisyys kotona", opens_days=-14, deadline_days=30,
        service_areas=["home-care-support", "housing-older-people"],
        municipalities=["905", "598"],
        criteria=[CallCriterion(name="Asiakashyöty", weight=40, scale_max=5),
                  CallCriterion(name="Toteutettavuus", weight=30, scale_max=5),
                  CallCriterion(name="Vaikutusten mitattavuus", weight=30, scale_max=5)],
        faq=[{"question": "Voiko yhdistys hakea?",
              "answer": "Voi, kun sillä on Y-tunnus ja se on rekisteröitynyt portaaliin."},
             {"question": "Voiko ehdotuksen tehdä yhdessä toisen kanssa?",
              "answer": "Voi; nimetkää silloin vastuullinen toimija."}]),
        title="Ensamhet bland äldre som bor hemma")
    # What the translator wrote for the call's criteria and FAQ.
    swedish = loneliness["sv"]
    for model, field, texts in [
            (CallCriterion, "name", ["Klientnytta", "Genomförbarhet", "Mätbara effekter"]),
            (CallFAQ, "question", ["Kan en förening ansöka?",
                                   "Kan man lämna ett förslag tillsammans med någon annan?"]),
            (CallFAQ, "answer", ["Ja, om den har FO-nummer och har registrerat sig i portalen.",
                                 "Ja; ange då vilken aktör som bär ansvaret."])]:
        for item, text in zip(model.objects.filter(call=swedish).order_by("sort_order"), texts,
                              strict=True):
            model.objects.filter(pk=item.pk).update(**{field: text})
    calls = {
        "loneliness": loneliness,
        "youth": bilingual(factories.PilotCallPageFactory(
            title="Nuorten mielenterveyden tuki", opens_days=-7, deadline_days=12,
            service_areas=["other-services"]),
            title="Stöd för ungas psykiska hälsa"),
        "remote": bilingual(factories.PilotCallPageFactory(
            title="Etäpalvelut haja-asutusalueilla", opens_days=8, deadline_days=67,
            service_areas=["home-care-support", "rehabilitation"]),
            title="Distanstjänster på glesbygden"),
        "digital home care": bilingual(factories.PilotCallPageFactory(
            title="Digitaalinen kotihoito", opens_days=-75, deadline_days=-21,
            service_areas=["home-care-support"]),
            title="Digital hemvård"),
        "memory": bilingual(factories.PilotCallPageFactory(
            title="Muistisairaiden päivätoiminta", opens_days=-200, deadline_days=-150,
            service_areas=["home-care-support", "housing-older-people"]),
            title="Dagverksamhet för personer med minnessjukdom"),
    }
    factories.PilotFollowUpFactory(proposal__call=calls["memory"]["fi"],
                                   proposal__title="Muistikahvila")
    bilingual(factories.EventPageFactory(
        title="Pilottihaun infotilaisuus", event_type="pilot_info", event_format="online",
        online_url="https://meet.example.fi/pilotti", days=10,
        related_pilot_call=loneliness["fi"]),
        title="Informationsmöte om pilotutlysningen")
    organisation = factories.AdminMembershipFactory(
        organisation__name="Aurinkorinne rf", organisation__service_languages=["sv"]
    ).organisation
    member = factories.MembershipFactory(
        organisation=organisation, user__email="anna.niemi@aurinkorinne.example.fi",
        user__password=PASSWORD).user
    factories.ProposalFactory(call=loneliness["fi"], organisation=organisation,
                              title="Kylätupa kotiin", language="sv",
                              status=ProposalStatus.SUBMITTED)
    factories.ProposalFactory(call=loneliness["fi"], title="Etäkaveri",
                              status=ProposalStatus.SUBMITTED)
    return SimpleNamespace(calls=calls, member=member)


def titles(page):
    return page.locator(".call-card .tender-card__title a").all_inner_texts()


def in_phase(language, phase):
    now = timezone.now()
    return {call.title for call in PilotCallPage.objects.live()
            .filter(locale__language_code=language) if call.phase(now) == phase}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_list_and_the_calls_pages(page, site, pilots, language):
    index = PilotCallIndexPage.objects.get(locale__language_code=language)
    page.goto(site.url + index.url)
    assert page.locator("html").get_attribute("lang") == language
    assert set(titles(page)) == in_phase(language, "open")
    assert_accessible(page)

    tabs = page.locator(".call-tabs a")
    follow(tabs.nth(1))
    page.wait_for_url("**phase=coming**")
    assert set(titles(page)) == in_phase(language, "coming")
    assert_accessible(page)

    follow(tabs.nth(2))
    page.wait_for_url("**phase=closed**")
    assert set(titles(page)) == in_phase(language, "closed")

    # The decided call shows its published result, in this language.
    decided = pilots.calls["memory"][language]
    follow(page.locator(".call-card a", has_text=decided.title))
    expect(page.locator("h1")).to_have_text(decided.title)
    expect(page.locator("#results-title")).to_be_visible()
    expect(page.locator(".tender__aside .cta a.button")).to_have_count(0)
    assert_accessible(page)

    # An open call: criteria, the FAQ opened by keyboard, the call to action.
    call = pilots.calls["loneliness"][language]
    page.goto(site.url + call.url)
    rows = page.locator("table.criteria tbody th")
    assert rows.all_inner_texts()[0].startswith(call.criteria.first().name)
    question = call.faq.first()
    summary = page.locator("details summary", has_text=question.question)
    expect(page.get_by_text(question.answer)).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text(question.answer)).to_be_visible()
    cta = page.locator(".tender__aside .cta a.button")
    assert cta.get_attribute("href") == f"/{language}/pilots/calls/{call.pk}/propose/"
    event = EventPage.objects.get(locale__language_code=language, cancelled=False,
                                  related_pilot_call__translation_key=call.translation_key)
    expect(page.locator(".related-events")).to_contain_text(event.title)
    assert_accessible(page)


def test_a_member_sees_the_organisations_proposals(page, site, pilots):
    user = pilots.member
    page.goto(f"{site.url}/sv/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    follow(page.locator("main form button[type=submit]").first)
    call = pilots.calls["loneliness"]["sv"]
    page.goto(site.url + call.url)
    mine = page.locator(".my-proposals li")
    expect(mine).to_have_count(1)
    expect(mine).to_contain_text("Kylätupa kotiin")
    assert_accessible(page)


def test_filtering_works_without_javascript(browser, site, pilots):
    calls = pilots.calls
    context = browser.new_context(locale="fi-FI", java_script_enabled=False)
    page = context.new_page()
    index = PilotCallIndexPage.objects.get(locale__language_code="fi")
    page.goto(site.url + index.url)
    page.locator('input[name="service_area"][value="other-services"]').check()
    follow(page.locator(".filters button[type=submit]"))
    assert "service_area=other-services" in page.url
    assert titles(page) == [calls["youth"]["fi"].title]

    # The filter stays when moving to the closed calls.
    follow(page.locator(".call-tabs a").nth(2))
    assert "phase=closed" in page.url and "service_area=other-services" in page.url
    expect(page.locator(".call-card")).to_have_count(0)
    page.locator('input[name="service_area"][value="other-services"]').uncheck()
    page.locator('input[name="service_area"][value="home-care-support"]').check()
    follow(page.locator(".filters button[type=submit]"))
    assert "phase=closed" in page.url
    assert set(titles(page)) == {calls["digital home care"]["fi"].title,
                                 calls["memory"]["fi"].title}
    context.close()
