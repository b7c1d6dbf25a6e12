"""The public pilot-call pages: the list of open, coming and closed calls with its filters,
a call's own page in Finnish and Swedish, the link from an event, the home page."""

import datetime
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from pilots.enums import ProposalStatus
from pilots.models import CallCriterion, CallFAQ, CallQuestion, PilotFollowUp
from tests import factories
from tests.events.helpers import make_event
from tests.events.helpers import translate as translate_event

from .helpers import index_page, make_call, make_proposal, translate_call

S = ProposalStatus
pytestmark = pytest.mark.django_db
HELSINKI = ZoneInfo("Europe/Helsinki")


def listed(client, query="", language="fi"):
    """Titles of the calls the list shows, in order, and the page's HTML."""
    response = client.get(index_page(language).url + query)
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'id="call-\d+"><a href="[^"]*">([^<]+)<', html), html


def page_html(client, call):
    response = client.get(call.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def calls(db):
    return {
        "open_late": make_call(opens_days=-10, deadline_days=30, service_areas=["rehabilitation"],
                               municipalities=["905"]),
        "open_soon": make_call(opens_days=-20, deadline_days=3,
                               service_areas=["home-care-support"], municipalities=["287"]),
        "coming_later": make_call(opens_days=20, deadline_days=60,
                                  service_areas=["home-care-support"]),
        "coming_soon": make_call(opens_days=5, deadline_days=40),
        "closed_recent": make_call(opens_days=-60, deadline_days=-2,
                                   service_areas=["home-care-support", "rehabilitation"]),
        "closed_old": make_call(opens_days=-400, deadline_days=-300),
    }


def titles(calls, *keys):
    return [calls[key].title for key in keys]


class TestTheList:
    def test_open_calls_by_deadline_coming_by_opening_closed_newest_first(self, client, calls):
        shown, html = listed(client)
        assert shown == titles(calls, "open_soon", "open_late")
        shown, _html = listed(client, "?phase=coming")
        assert shown == titles(calls, "coming_soon", "coming_later")
        shown, html = listed(client, "?phase=closed")
        assert shown == titles(calls, "closed_recent", "closed_old")
        assert html.count('aria-current="page"') >= 1

    def test_the_tabs_count_each_group(self, client, calls):
        _shown, html = listed(client)
        tabs = re.findall(r'<span class="call-tabs__count">\((\d+)\)</span>', html)
        assert tabs == ["2", "2", "2"]

    def test_an_unknown_group_shows_the_open_calls(self, client, calls):
        shown, _html = listed(client, "?phase=everything")
        assert shown == titles(calls, "open_soon", "open_late")

    def test_a_call_opens_and_closes_on_the_second(self, client):
        now = timezone.now()
        call = make_call()
        call.opens, call.deadline = now + datetime.timedelta(seconds=30), \
            now + datetime.timedelta(days=1)
        call.save()
        assert listed(client, "?phase=coming")[0] == [call.title]
        call.opens, call.deadline = now - datetime.timedelta(days=1), \
            now - datetime.timedelta(seconds=1)
        call.save()
        assert listed(client, "?phase=closed")[0] == [call.title]

    def test_the_card_shows_days_left_and_the_service_areas_by_name(self, client, calls):
        for key in ("open_soon", "open_late"):
            translate_call(calls[key], "en")
        _shown, html = listed(client, language="en")
        assert "3 days left" in html
        assert "30 days left" in html
        assert "Home-care support services" in html
        assert "home-care-support" not in re.sub(r'value="[^"]*"', "", html)
        _shown, html = listed(client)
        assert "Kotihoidon tukipalvelut" in html

    def test_unpublished_calls_are_not_listed(self, client):
        draft = make_call(publish=False)
        shown, _html = listed(client)
        assert draft.title not in shown

    def test_filter_by_service_area_in_every_group(self, client, calls):
        query = "?service_area=home-care-support"
        assert listed(client, query)[0] == titles(calls, "open_soon")
        assert listed(client, query + "&phase=coming")[0] == titles(calls, "coming_later")
        assert listed(client, query + "&phase=closed")[0] == titles(calls, "closed_recent")
        _shown, html = listed(client, query)
        tabs = re.findall(r'<span class="call-tabs__count">\((\d+)\)</span>', html)
        assert tabs == ["1", "1", "1"]

    def test_filter_by_several_service_areas_matches_any(self, client, calls):
        shown, _html = listed(client, "?service_area=rehabilitation&service_area=home-care-support")
        assert shown == titles(calls, "open_soon", "open_late")

    def test_filter_by_municipality(self, client, calls):
        assert listed(client, "?municipality=287")[0] == titles(calls, "open_soon")
        assert listed(client, "?municipality=905&municipality=287")[0] == \
            titles(calls, "open_soon", "open_late")

    def test_a_code_does_not_match_part_of_another(self, client):
        make_call(municipalities=["905"])
        assert listed(client, "?municipality=90")[0] == []

    def test_the_tabs_and_the_form_keep_the_filters(self, client, calls):
        _shown, html = listed(client, "?service_area=rehabilitation")
        assert "?phase=coming&amp;service_area=rehabilitation" in html
        assert "?phase=closed&amp;service_area=rehabilitation" in html
        _shown, html = listed(client, "?service_area=rehabilitation&phase=closed")
        assert '<input type="hidden" name="phase" value="closed">' in html
        assert re.search(r'value="rehabilitation" id="id_service_area_\d+" checked', html)

    def test_an_unknown_filter_value_is_explained_not_ignored(self, client, calls):
        shown, html = listed(client, "?service_area=parties")
        assert shown == []
        assert "error-summary" in html

    def test_pages_keep_the_filters(self, client):
        for _ in range(21):
            make_call(service_areas=["rehabilitation"])
        shown, html = listed(client, "?service_area=rehabilitation")
        assert len(shown) == 20
        assert "?service_area=rehabilitation&amp;page=2" in html
        assert len(listed(client, "?service_area=rehabilitation&page=2")[0]) == 1

    def test_pages_keep_every_value_of_a_filter(self, client):
        for area in ("rehabilitation", "home-care-support"):
            for _ in range(11):
                make_call(service_areas=[area])
        query = "?service_area=rehabilitation&service_area=home-care-support"
        _shown, html = listed(client, query)
        assert f"{query.replace('&', '&amp;')}&amp;page=2" in html
        _shown, html = listed(client, query + "&page=2")
        assert f"{query.replace('&', '&amp;')}&amp;page=1" in html
        assert "?phase=closed&amp;service_area=rehabilitation&amp;service_area=home-care-support" \
            in html

    def test_the_open_tab_links_to_the_bare_list(self, client):
        _shown, html = listed(client, "?phase=closed&page=1")
        assert f'href="{index_page().url}" aria-current' not in html
        assert f'href="{index_page().url}">' in html

    @pytest.mark.parametrize("extra", [1, 12])
    def test_the_list_runs_a_fixed_number_of_queries(self, client, django_assert_num_queries,
                                                     extra):
        for number in range(extra):
            make_call(deadline_days=number + 1, service_areas=["rehabilitation"],
                      municipalities=["905", "287"])
            make_call(opens_days=-90, deadline_days=-number - 1)
        url = index_page().url + "?service_area=rehabilitation&municipality=905"
        client.get(url)  # warm the caches (site, the page of the path, menus, taxonomy names)
        # 8, and one each for the listed calls' service areas and municipalities.
        with django_assert_num_queries(10):
            assert client.get(url).status_code == 200

    def test_the_list_in_swedish(self, client):
        call = make_call(service_areas=["home-care-support"])
        swedish = translate_call(call, "sv")
        shown, html = listed(client, language="sv")
        assert shown == [swedish.title]
        assert '<html lang="sv"' in html
        assert "Stödtjänster inom hemvården" in html


@pytest.fixture
def full_call():
    """An open call with every part filled in, in Finnish and Swedish."""
    now = timezone.now()
    deadline = (now + datetime.timedelta(days=12)).astimezone(HELSINKI).replace(
        hour=16, minute=0, second=0, microsecond=0)
    call = make_call(
        title="Ikäihmisten yksinäisyys kotona", theme="Yksinäisyys",
        goals="Vähemmän yksinäisyyttä.",
        eligibility="Yritykset ja yhdistykset.", funding="Enintään 30 000 euroa.",
        pilot_duration="6 kuukautta keväällä 2027", pilots_sought=3,
        service_areas=["home-care-support"], municipalities=["905", "287"],
        contact_name="Maija Rantala", contact_email="pilotit@example.fi",
        deadline=deadline, score_aggregate="median", anonymised_review=True)
    CallQuestion.objects.filter(call=call).update(help_text="Arvio vuodessa.")
    CallQuestion.objects.create(call=call, locale=call.locale, sort_order=1, kind="choice",
                                label="Missä kunnissa?", choices="Vaasa\nNärpiö")
    CallFAQ.objects.create(call=call, locale=call.locale, sort_order=0,
                           question="Voiko yhdistys hakea?", answer="Voi, rekisteröity yhdistys.")
    call = type(call).objects.get(pk=call.pk)
    swedish = translate_call(call, "sv", title="Ensamhet bland äldre hemma", theme="Ensamhet",
                             goals="Mindre ensamhet.", eligibility="Företag och föreningar.")
    for criterion, name in zip(CallCriterion.objects.filter(call=swedish).order_by("sort_order",
                                                                                 "pk"),
                               ["Klientnytta", "Genomförbarhet"], strict=True):
        criterion.name = name
        criterion.save()
    CallQuestion.objects.filter(call=swedish, label="Montako asiakasta?").update(
        label="Hur många klienter?")
    CallFAQ.objects.filter(call=swedish).update(question="Kan en förening ansöka?",
                                               answer="Ja, en registrerad förening.")
    return call, swedish, deadline


class TestTheCallPage:
    def test_every_part_in_finnish(self, client, full_call):
        call, _swedish, deadline = full_call
        html = page_html(client, call)
        for text in ("Ikäihmisten yksinäisyys kotona", "Yksinäisyys", "Vähemmän yksinäisyyttä.",
                     "Yritykset ja yhdistykset.", "Enintään 30 000 euroa.",
                     "6 kuukautta keväällä 2027", "Kotihoidon tukipalvelut",
                     "Kristiinankaupunki, Vaasa", "Asiakashyöty", "Toteutettavuus",
                     "Montako asiakasta?", "Arvio vuodessa.", "Missä kunnissa?",
                     "Vaasa / Närpiö", "Maija Rantala", "pilotit@example.fi"):
            assert text in html, text
        # The deadline in Helsinki time, as Finnish writes it.
        assert f"{deadline.day}.{deadline.month}.{deadline.year} 16.00" in html
        assert '<html lang="fi"' in html
        # The criteria table: weights and scales.
        table = html[html.index('<table class="criteria">'):html.index("</table>")]
        assert re.search(r"Asiakashyöty.*60 %.*0–5", table, re.S)
        assert re.search(r"Toteutettavuus.*40 %.*0–10", table, re.S)
        assert "100 %" in table

    def test_every_part_in_swedish_with_the_translated_criteria_questions_and_faq(
            self, client, full_call):
        _call, swedish, deadline = full_call
        html = page_html(client, swedish)
        assert '<html lang="sv"' in html
        for text in ("Ensamhet bland äldre hemma", "Mindre ensamhet.", "Företag och föreningar.",
                     "Stödtjänster inom hemvården", "Kristinestad, Vasa", "Klientnytta",
                     "Genomförbarhet", "Hur många klienter?", "Kan en förening ansöka?",
                     "Ja, en registrerad förening."):
            assert text in html, text
        for finnish in ("Asiakashyöty", "Montako asiakasta?", "Voiko yhdistys hakea?",
                        "Kotihoidon tukipalvelut", "Kristiinankaupunki"):
            assert finnish not in html, finnish
        assert f"{deadline.day}.{deadline.month}.{deadline.year}" in html

    def test_the_schedule_counts_the_days_left_in_english(self, client, full_call):
        call, _swedish, deadline = full_call
        html = page_html(client, translate_call(call, "en"))
        days = (deadline.date() - timezone.localdate()).days
        assert f"{days} days left" in html
        assert "the median of its reviewers' totals" in html
        assert "Reviewers do not see which organisation sent a proposal." in html

    def test_the_faq_is_a_disclosure(self, client, full_call):
        call, _swedish, _deadline = full_call
        html = page_html(client, call)
        assert re.search(r'<details class="accordion__item"><summary>Voiko yhdistys hakea\?'
                         r'</summary>', html)

    @pytest.mark.parametrize("extra", [1, 4])
    def test_the_page_runs_a_fixed_number_of_queries(self, client, full_call, extra,
                                                     django_assert_num_queries,
                                                     admin_and_organisation):
        call, _swedish, _deadline = full_call
        supplier, organisation = admin_and_organisation
        for number in range(extra):
            proposal = make_proposal(call, organisation, supplier, title=f"Ehdotus {number}",
                                     status=S.COMPLETED)
            PilotFollowUp.objects.create(proposal=proposal, result_published=True,
                                         result_summary={"fi": f"Tulos {number}"})
            make_event(days=number + 1, related_pilot_call=call, event_type="pilot_info")
            make_event(days=-number - 1, related_pilot_call=call, event_type="pilot_info")
        client.force_login(supplier)
        client.get(call.url)  # warm the caches (site, the page of the path, menus, taxonomy names)
        # 17, and one each for the call's service areas and municipalities.
        with django_assert_num_queries(19):
            html = client.get(call.url).content.decode()
        assert html.count("Tulos ") == extra


class TestTheCallToAction:
    def test_an_open_call_links_to_the_proposal_form(self, client):
        call = translate_call(make_call(), "en")
        html = page_html(client, call)
        with translation.override("en"):
            url = reverse("pilots:create", kwargs={"call_id": call.pk})
        assert f'<a class="button" href="{url}">Make a proposal</a>' in html

    def test_a_coming_call_says_when_it_opens(self, client):
        call = translate_call(make_call(opens_days=7, deadline_days=30), "en")
        html = page_html(client, call)
        assert "/propose/" not in html
        opens = timezone.localtime(call.opens)
        assert f"The call opens on {opens.day}.{opens.month}.{opens.year}" in html
        assert "days left" not in html

    def test_a_closed_call_says_when_it_closed(self, client):
        call = translate_call(make_call(opens_days=-30, deadline_days=-1), "en")
        html = page_html(client, call)
        assert "/propose/" not in html
        closed = timezone.localtime(call.deadline)
        assert f"The call closed on {closed.day}.{closed.month}.{closed.year}" in html


class TestOwnProposals:
    def test_members_see_their_organisations_proposals_and_no_one_elses(
            self, client, admin_and_organisation, add_member, make_user, make_organisation):
        call = make_call()
        other_call = make_call()
        supplier, organisation = admin_and_organisation
        colleague = add_member(organisation)
        ours = make_proposal(call, organisation, supplier, title="Meidän etäkaveri")
        sent = make_proposal(call, organisation, colleague, title="Toinen ehdotuksemme",
                             status=S.SUBMITTED)
        make_proposal(other_call, organisation, supplier, title="Toisen haun ehdotus")
        stranger = make_user("kilpailija@example.fi")
        theirs = make_proposal(call, make_organisation(stranger, name="Kilpailija Oy"), stranger,
                               title="Kilpailijan ehdotus")

        client.force_login(colleague)
        html = page_html(client, call)
        for proposal in (ours, sent):
            assert proposal.title in html
            assert reverse("pilots:detail", kwargs={"public_id": proposal.public_id}) in html
        assert "Toisen haun ehdotus" not in html
        assert theirs.title not in html
        assert str(theirs.public_id) not in html

        client.force_login(stranger)
        html = page_html(client, call)
        assert theirs.title in html
        assert ours.title not in html and sent.title not in html

    def test_anonymous_visitors_and_former_members_see_none(self, client,
                                                            admin_and_organisation):
        from suppliers.models import Membership

        call = make_call()
        supplier, organisation = admin_and_organisation
        proposal = make_proposal(call, organisation, supplier, title="Meidän etäkaveri")
        assert proposal.title not in page_html(client, call)
        Membership.objects.filter(user=supplier).update(status="removed")
        client.force_login(supplier)
        assert proposal.title not in page_html(client, call)


class TestPublishedResults:
    def _pilot(self, call, organisation, user, status=S.COMPLETED, published=True, **summary):
        proposal = make_proposal(call, organisation, user, status=status,
                                 title=f"Pilotti {status}")
        PilotFollowUp.objects.create(
            proposal=proposal, progress="completed", percent_done=100,
            starts=datetime.date(2026, 1, 1), ends=datetime.date(2026, 6, 30),
            result_summary=summary, result_published=published)
        return proposal

    def test_published_results_of_accepted_pilots_only_in_their_language(
            self, client, admin_and_organisation):
        supplier, organisation = admin_and_organisation
        call = make_call(opens_days=-400, deadline_days=-300)
        swedish = translate_call(call, "sv")
        completed = self._pilot(call, organisation, supplier,
                                fi="Yksinäisyys väheni 40 asiakkaalla.",
                                sv="Ensamheten minskade hos 40 klienter.")
        finnish_only = self._pilot(call, organisation, supplier, status=S.PILOTING,
                                   fi="Puolivälissä: hyvä vastaanotto.")
        unpublished = self._pilot(call, organisation, supplier, status=S.AGREEMENT,
                                  published=False, fi="Ei vielä julkinen.", sv="Inte ännu.")
        rejected = self._pilot(call, organisation, supplier, status=S.REJECTED,
                               fi="Hylätyn tulos.", sv="Förkastad.")

        html = page_html(client, call)
        assert "Yksinäisyys väheni 40 asiakkaalla." in html
        assert "Puolivälissä: hyvä vastaanotto." in html
        assert completed.title in html and organisation.name in html
        assert "Ei vielä julkinen." not in html and unpublished.title not in html
        assert "Hylätyn tulos." not in html and rejected.title not in html
        assert "1.1.2026" in html

        html = page_html(client, swedish)
        assert "Ensamheten minskade hos 40 klienter." in html
        assert "Yksinäisyys väheni" not in html
        assert finnish_only.title not in html
        assert "Inte ännu." not in html and "Förkastad." not in html

    def test_no_results_section_without_a_published_result(self, client,
                                                            admin_and_organisation):
        supplier, organisation = admin_and_organisation
        call = make_call(opens_days=-400, deadline_days=-300)
        self._pilot(call, organisation, supplier, published=False, fi="Salainen.")
        assert 'id="results-title"' not in page_html(client, call)


class TestRelatedEvents:
    def test_coming_and_past_events_of_the_call_in_its_language(self, client):
        call = make_call()
        swedish = translate_call(call, "sv")
        other = make_call()
        coming = make_event(days=5, related_pilot_call=call, event_type="pilot_info",
                            title="Pilottihaun infotilaisuus")
        past = make_event(days=-5, related_pilot_call=call, event_type="pilot_info",
                          title="Mennyt infotilaisuus")
        cancelled = make_event(days=8, related_pilot_call=call, event_type="pilot_info",
                               title="Peruttu infotilaisuus", cancelled=True)
        make_event(days=6, related_pilot_call=other, title="Toisen haun tilaisuus")
        make_event(days=7, title="Tilaisuus ilman hakua")
        make_event(days=9, related_pilot_call=call, publish=False, title="Luonnostilaisuus")
        coming_sv = translate_event(coming, "sv", title="Informationsmöte om utlysningen")

        html = page_html(client, call)
        section = html[html.index('id="events-title"'):]
        section = section[:section.index("</section>")]
        assert section.index(coming.title) < section.index(cancelled.title) < \
            section.index(past.title)
        assert "status--cancelled" in section
        for absent in ("Toisen haun tilaisuus", "Tilaisuus ilman hakua", "Luonnostilaisuus",
                       coming_sv.title):
            assert absent not in section

        html = page_html(client, swedish)
        assert coming_sv.title in html
        assert coming.title not in html and past.title not in html

    def test_no_events_section_without_events(self, client):
        assert 'id="events-title"' not in page_html(client, make_call())


class TestTheEventPage:
    def test_links_to_its_call_in_the_events_language(self, client):
        call = make_call(title="Yksinäisyyshaku")
        swedish = translate_call(call, "sv", title="Ensamhetsutlysningen")
        event = make_event(related_pilot_call=call, event_type="pilot_info")
        event_sv = translate_event(event, "sv")
        assert event_sv.related_pilot_call_id == call.pk  # copied unchanged
        html = page_html(client, event)
        assert f'<a href="{call.url}">Yksinäisyyshaku</a>' in html
        html = page_html(client, event_sv)
        assert f'<a href="{swedish.url}">Ensamhetsutlysningen</a>' in html
        assert "Yksinäisyyshaku" not in html

    def test_no_link_to_an_untranslated_or_unpublished_call(self, client):
        call = make_call(title="Yksinäisyyshaku")
        event = make_event(related_pilot_call=call, event_type="pilot_info")
        event_sv = translate_event(event, "sv")
        assert "Yksinäisyyshaku" not in page_html(client, event_sv)
        call.unpublish()
        assert "Yksinäisyyshaku" not in page_html(client, event)


def test_the_home_page_shows_open_calls_only(client):
    index_page()
    open_call = make_call(title="Avoin pilottihaku")
    make_call(title="Tuleva pilottihaku", opens_days=5, deadline_days=30)
    make_call(title="Päättynyt pilottihaku", opens_days=-30, deadline_days=-1)
    html = client.get(factories.home_page("fi").url).content.decode()
    section = html[html.index('id="home-section-pilot_calls"'):]
    section = section[:section.index("</section>")]
    assert open_call.title in section
    assert "Tuleva pilottihaku" not in section and "Päättynyt pilottihaku" not in section
    assert index_page().url in section


def test_weights_are_shown_as_given(client):
    call = make_call()
    first = CallCriterion.objects.filter(call=call).order_by("sort_order", "pk").first()
    CallCriterion.objects.filter(pk=first.pk).update(weight=Decimal("33.33"))
    html = page_html(client, call)
    assert "33,33 %" in html


def test_the_filters_control_counts_the_chosen_filters(client):
    html = listed(client, "?municipality=598&phase=closed", language="sv")[1]
    summary = re.search(r'<summary class="filters-toggle">(.*?)</summary>', html, re.S)[1]
    assert " ".join(re.sub(r"<[^>]+>", "", summary).split()) == "Filter (1 vald)"
