"""The public calendar: every filter and their combinations, sorting, pages, fixed queries."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from portal.core.page_cache import forget_pages
from portal.tenders.domain import change_status
from portal.tenders.models import TenderPage
from tests.factories import translate
from tests.tenders.helpers import index_page, make_tender

pytestmark = pytest.mark.django_db

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/12345/notice/123456/overview"


@pytest.fixture
def calendar_tenders():
    """Tenders of every kind the filters tell apart: an open one whose notice is out, two in
    market dialogue and a planned one, in service areas, municipalities and contract types
    of their own; those in Jakobstad (598) also in Swedish."""
    today = timezone.localdate()
    made = {
        "open": make_tender(service_area="doctor-services", municipalities=("598",),
                            contract_type="service-voucher",
                            planned_publication=today - datetime.timedelta(days=10)),
        "dialogue": make_tender(service_area="housing-older-people", municipalities=("598",)),
        "dialogue elsewhere": make_tender(service_area="housing-older-people",
                                          municipalities=("905",)),
        "planned": make_tender(service_area="rehabilitation", municipalities=("905",)),
    }
    change_status(made["open"], "open", notice_url=NOTICE)
    change_status(made["dialogue"], "market_dialogue")
    change_status(made["dialogue elsewhere"], "market_dialogue")
    for name in ("open", "dialogue"):
        translate(made[name], "sv")
    return made


def listed(client, query="", language="fi"):
    """References of the tenders the list shows, in order, and the page's HTML."""
    response = client.get(index_page(language).url + query)
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'class="tender-card__reference">([^<]+)<', html), html


def references(**filters):
    return set(TenderPage.objects.live().filter(locale__language_code="fi", **filters)
               .values_list("reference", flat=True))


def test_the_list_shows_every_published_tender_with_a_count(client):
    shown, html = listed(client)
    assert set(shown) == references()
    assert f"{len(shown)} hankintaa" in html or f"{len(shown)} tenders" in html


@pytest.mark.usefixtures("calendar_tenders")
def test_filter_by_service_area(client):
    shown, _html = listed(client, "?service_area=doctor-services")
    assert set(shown) == references(service_areas__code="doctor-services") != set()


@pytest.mark.usefixtures("calendar_tenders")
def test_filter_by_several_service_areas_shows_either(client):
    shown, _html = listed(client, "?service_area=doctor-services&service_area=rehabilitation")
    assert set(shown) == references(service_areas__code__in=["doctor-services",
                                                              "rehabilitation"])
    assert len(shown) == len(set(shown)), "a tender is listed twice"


@pytest.mark.usefixtures("calendar_tenders")
def test_filter_by_municipality(client):
    shown, _html = listed(client, "?municipality=598")
    assert set(shown) == references(municipalities__code="598") != set()


@pytest.mark.usefixtures("calendar_tenders")
def test_filter_by_contract_type(client):
    shown, _html = listed(client, "?contract_type=service-voucher")
    assert set(shown) == references(contract_type__code="service-voucher") != set()


@pytest.mark.usefixtures("calendar_tenders")
def test_filter_by_status(client):
    shown, _html = listed(client, "?status=open&status=market_dialogue")
    assert set(shown) == references(status__in=["open", "market_dialogue"]) != set()


def test_cpv_filter_includes_the_codes_below_it(client):
    tender = make_tender(cpv=("85311100",))  # welfare services for the elderly
    shown, _html = listed(client, "?cpv=85300000")  # social work and related services
    assert tender.reference in shown
    shown, _html = listed(client, "?cpv=85100000")  # health services: another branch
    assert tender.reference not in shown


def test_value_range_overlaps_the_tenders_estimate(client):
    small = make_tender(value_min=Decimal("100000"))
    ranged = make_tender(value_min=Decimal("2000000"), value_max=Decimal("3000000"))
    shown, _html = listed(client, "?value_min=2500000&value_max=2600000")
    assert ranged.reference in shown and small.reference not in shown
    shown, _html = listed(client, "?value_max=150000")
    assert small.reference in shown and ranged.reference not in shown


def test_a_hidden_value_is_never_matched_by_a_value_filter(client):
    hidden = make_tender(value_min=Decimal("500000"), value_is_public=False)
    shown, html = listed(client, "?value_min=400000&value_max=600000")
    assert hidden.reference not in shown
    shown, html = listed(client)
    assert hidden.reference in shown and "500 000" not in html.split(hidden.reference)[1][:800]


def test_only_tenders_with_sme_sized_lots(client):
    big = make_tender(lots=[{"number": 1, "title": "Koko alue",
                             "estimated_value": Decimal("1000000"),
                             "annual_value": Decimal("900000")}])
    small = make_tender(lots=[{"number": 1, "title": "Vaasa",
                               "estimated_value": Decimal("1000000"),
                               "annual_value": Decimal("250000")}])
    shown, _html = listed(client, "?sme=on")
    assert small.reference in shown and big.reference not in shown


def test_publication_window(client):
    today = timezone.localdate()
    soon = make_tender(planned_publication=today + datetime.timedelta(days=10))
    later = make_tender(planned_publication=today + datetime.timedelta(days=400))
    window = f"?published_from={today}&published_to={today + datetime.timedelta(days=30)}"
    shown, _html = listed(client, window)
    assert soon.reference in shown and later.reference not in shown


@pytest.mark.usefixtures("calendar_tenders")
def test_filters_combine(client):
    shown, _html = listed(client, "?service_area=housing-older-people&municipality=598"
                                  "&status=market_dialogue")
    assert set(shown) == (references(service_areas__code="housing-older-people")
                          & references(municipalities__code="598")
                          & references(status="market_dialogue"))
    assert shown


@pytest.mark.usefixtures("calendar_tenders")
def test_tenders_one_can_still_take_part_in_come_first_by_publication(client):
    today = timezone.localdate()
    make_tender(planned_publication=today + datetime.timedelta(days=1))
    shown, _html = listed(client, "?sort=publication")
    tenders = {t.reference: t for t in TenderPage.objects.filter(locale__language_code="fi")}
    upcoming = [ref for ref in shown if tenders[ref].is_upcoming]
    assert shown[:len(upcoming)] == upcoming, "a finished tender is listed before a coming one"
    dates = [tenders[ref].planned_publication for ref in upcoming]
    assert dates == sorted(dates)
    assert tenders[shown[0]].status == "open"  # their notice is out already


def test_a_month_or_quarter_is_found_by_any_day_in_it(client):
    march = make_tender(planned_publication=datetime.date(2027, 3, 1),
                        planned_publication_precision="month")
    second_quarter = make_tender(planned_publication=datetime.date(2027, 4, 1),
                                 planned_publication_precision="quarter")
    shown, _html = listed(client, "?published_from=2027-03-15&published_to=2027-03-31")
    assert march.reference in shown and second_quarter.reference not in shown
    shown, _html = listed(client, "?published_from=2027-05-01&published_to=2027-06-30")
    assert second_quarter.reference in shown and march.reference not in shown


@pytest.mark.parametrize("query", ["?value_min=500&value_max=100",
                                   "?published_from=2027-06-01&published_to=2027-01-01"])
def test_a_range_the_wrong_way_round_is_explained(client, query):
    shown, html = listed(client, query)
    assert 'class="error-summary"' in html and shown == []


@pytest.mark.usefixtures("calendar_tenders")
def test_an_unknown_sort_order_falls_back_to_the_default(client):
    shown, html = listed(client, "?sort=bogus")
    assert shown and 'class="error-summary"' not in html


def test_the_csv_refuses_invalid_filters_with_a_message(client):
    response = client.get(index_page().url + "csv/?value_min=paljon")
    assert response.status_code == 400
    assert response.content.decode()


def test_the_language_switch_keeps_the_filters_and_the_view(client):
    html = client.get(index_page().url + "calendar/?year=2027&by=quarter").content.decode()
    swedish = index_page("sv").url
    assert f'href="{swedish}calendar/?year=2027&amp;by=quarter"' in html
    html = client.get(index_page().url + "?municipality=598").content.decode()
    assert f'href="{swedish}?municipality=598"' in html


def test_nearest_deadline_sorting(client):
    now = timezone.now()
    first = make_tender(tender_deadline=now + datetime.timedelta(days=2))
    second = make_tender(tender_deadline=now + datetime.timedelta(days=3))
    shown, _html = listed(client, "?sort=deadline")
    assert shown.index(first.reference) < shown.index(second.reference)
    tenders = {t.reference: t for t in TenderPage.objects.filter(locale__language_code="fi")}
    deadlines = [tenders[ref].interest_deadline or tenders[ref].tender_deadline
                 for ref in shown]
    coming = [d for d in deadlines if d and d >= now]
    assert deadlines[:len(coming)] == sorted(coming)


def test_newest_first(client):
    newest = make_tender()
    shown, _html = listed(client, "?sort=newest")
    assert shown[0] == newest.reference


def test_filters_stay_in_the_url_across_pages(client):
    for _ in range(21):
        make_tender(contract_type="procurement-contract")
    total = len(references(contract_type__code="procurement-contract"))
    shown, html = listed(client, "?contract_type=procurement-contract")
    assert len(shown) == 20
    assert "contract_type=procurement-contract&amp;page=2" in html
    shown, _html = listed(client, "?contract_type=procurement-contract&page=2")
    assert len(shown) == total - 20


def test_bad_filter_input_gets_a_message_in_the_visitors_language(client):
    shown, html = listed(client, "?value_min=paljon&municipality=999", language="sv")
    assert 'class="error-summary"' in html
    assert shown == []
    assert 'value="paljon"' in html  # what was entered is kept


@pytest.mark.usefixtures("calendar_tenders")
def test_the_list_works_in_swedish_with_swedish_terms(client):
    shown, html = listed(client, "?municipality=598", language="sv")
    assert shown
    assert "Jakobstad" in html and "Pietarsaari" not in html


@pytest.mark.parametrize("extra", [1, 25])
def test_the_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries, extra):
    for _ in range(extra):
        make_tender(lots=[{"number": n, "title": f"Osa {n}", "municipalities": ["905"]}
                          for n in (1, 2, 3)])
    url = index_page().url + "?sort=publication&page=2"
    client.get(url)  # warm the per-process caches (site, taxonomy names, settings)
    # The first request after a publish renders the cards and counts the tenders ...
    forget_pages()
    with django_assert_num_queries(14):
        assert client.get(url).status_code == 200
    # ... and later ones read the page and its tender ids, and take the rest from the cache.
    with django_assert_num_queries(5):
        assert client.get(url).status_code == 200


def test_calendar_by_month_and_by_quarter(client):
    year = 2027
    made = make_tender(title="Kalenterin testihankinta",
                       planned_publication=datetime.date(year, 3, 10))
    response = client.get(index_page().url + f"calendar/?year={year}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "tammikuu 2027" in html.lower() or "january 2027" in html.lower()
    planned = TenderPage.objects.filter(locale__language_code="fi",
                                        planned_publication__year=year)
    assert made.title in html
    for tender in planned:
        assert tender.title in html
    quarter = client.get(index_page().url + f"calendar/?year={year}&by=quarter")
    assert quarter.status_code == 200
    assert client.get(index_page().url + "calendar/?year=abc").status_code == 404


def _filters_control(html):
    """The text of the filters' disclosure control, and whether the disclosure is open."""
    match = re.search(
        r'<details class="filters-disclosure"( open)?>\s*<summary[^>]*>(.*?)</summary>', html, re.S)
    assert match, "the filters are not behind their disclosure control"
    return " ".join(re.sub(r"<[^>]+>", "", match[2]).split()), bool(match[1])


@pytest.mark.parametrize(("language", "none", "three"), [
    ("fi", "Rajaukset", "Rajaukset (3 valittua)"), ("sv", "Filter", "Filter (3 valda)")])
def test_the_filters_control_counts_the_chosen_filters(client, language, none, three):
    assert _filters_control(listed(client, "?sort=deadline&page=1", language)[1]) \
        == (none, False)
    html = listed(client, "?status=open&status=planned&sme=on&sort=deadline", language)[1]
    assert _filters_control(html) == (three, False)


def test_filters_to_correct_are_shown_open(client):
    html = listed(client, "?published_from=2026-12-01&published_to=2026-01-01")[1]
    assert _filters_control(html)[1] is True
