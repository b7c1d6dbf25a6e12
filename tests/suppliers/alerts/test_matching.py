"""Matching a tender against subscriptions: each criterion, AND across criteria, OR within
one, the CPV hierarchy, keywords, paused alerts and item types."""

from decimal import Decimal

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from suppliers.alerts import domain
from suppliers.alerts.items import Change
from suppliers.alerts.matching import matching_subscription_ids, record_matches
from suppliers.alerts.models import AlertItemChange, AlertMatch
from suppliers.alerts.tender_items import tender_item
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db


def matches(tender, *subscriptions):
    """Which of the subscriptions match the tender (in the order given)."""
    found = set(matching_subscription_ids(tender_item(tender.translation_key)))
    return [subscription in subscriptions and subscription.pk in found
            for subscription in subscriptions]


@pytest.fixture
def tender():
    # Home care support in Vaasa, framework agreement, CPV 85311100 (welfare for the elderly)
    return make_tender(
        title="Kotihoidon tukipalvelut", intro="Siivous- ja kauppapalvelut kotona asuville.",
        service_area="home-care-support", municipalities=("905",), cpv=("85311100",),
        contract_type="framework-agreement",
        lots=[{"number": 1, "title": "Ateriapalvelut Mustasaaressa",
               "municipalities": ["499"], "estimated_value": Decimal("100000")}])


def test_an_alert_without_criteria_matches_everything(tender, subscribe):
    assert matches(tender, subscribe()) == [True]


def test_service_area(tender, subscribe):
    assert matches(tender, subscribe(service_areas=["home-care-support"]),
                   subscribe(service_areas=["housing-older-people"])) == [True, False]


def test_municipality_of_the_tender_or_of_one_of_its_lots(tender, subscribe):
    assert matches(tender, subscribe(municipalities=["905"]),  # the tender's
                   subscribe(municipalities=["499"]),  # a lot's
                   subscribe(municipalities=["231"])) == [True, True, False]


def test_contract_type(tender, subscribe):
    assert matches(tender, subscribe(contract_types=["framework-agreement"]),
                   subscribe(contract_types=["service-voucher"])) == [True, False]


def test_any_value_within_a_criterion_is_enough(tender, subscribe):
    assert matches(tender, subscribe(municipalities=["231", "905"]),
                   subscribe(service_areas=["housing-older-people", "home-care-support"]),
                   ) == [True, True]


def test_every_chosen_criterion_must_match(tender, subscribe):
    assert matches(
        tender,
        subscribe(service_areas=["home-care-support"], municipalities=["905"],
                  contract_types=["framework-agreement"], cpv_codes=["85300000"],
                  keywords="kauppa"),
        subscribe(service_areas=["home-care-support"], municipalities=["231"]),
        subscribe(service_areas=["home-care-support"], keywords="lääkäri"),
        subscribe(municipalities=["905"], cpv_codes=["85121100"]),
    ) == [True, False, False, False]


def test_cpv_codes_match_up_and_down_but_not_in_a_sibling_branch(tender, subscribe):
    assert matches(tender,
                   subscribe(cpv_codes=["85311100"]),  # the same
                   subscribe(cpv_codes=["85300000"]),  # above the tender's: down to it
                   subscribe(cpv_codes=["85000000"]),  # the division chosen on purpose
                   subscribe(cpv_codes=["85312100"]),  # a sibling branch
                   subscribe(cpv_codes=["85121100"]),  # health services
                   ) == [True, True, True, False, False]
    general = make_tender(cpv=("85311000",))
    assert matches(general, subscribe(cpv_codes=["85311100"]),  # under the tender's: up
                   subscribe(cpv_codes=["85311300"]),
                   subscribe(cpv_codes=["85312000"])) == [True, True, False]


def test_a_tender_classified_only_by_its_division_does_not_reach_every_subscriber(subscribe):
    division = make_tender(cpv=("85000000",))
    assert matches(division, subscribe(cpv_codes=["85311100"]),
                   subscribe(cpv_codes=["85000000"]), subscribe()) == [False, True, True]


def test_keywords_match_without_case_in_title_summary_and_lot_titles(tender, subscribe):
    assert matches(tender,
                   subscribe(keywords="KOTIHOIDON"),  # title
                   subscribe(keywords="kauppapalvelut"),  # summary
                   subscribe(keywords="ateriapalvelut mustasaaressa"),  # a lot, as a phrase
                   subscribe(keywords="lääkäri, siivous"),  # one of two
                   subscribe(keywords="lääkäri; hammas"),
                   ) == [True, True, True, True, False]


def test_keywords_match_in_other_inflected_forms_as_the_search_does(tender, subscribe):
    assert matches(tender,
                   subscribe(keywords="kotihoidossa"),  # the title's "Kotihoidon"
                   subscribe(keywords="ateriapalveluista"),  # a lot's "Ateriapalvelut"
                   subscribe(keywords="kauppapalveluja kotona"),  # every word, inflected
                   subscribe(keywords="laitoshoidossa"),
                   subscribe(keywords="kotihoidossa lääkäri"),  # one word missing
                   ) == [True, True, True, False, False]


def test_keywords_match_in_the_tenders_other_languages(tender, subscribe,
                                                       django_capture_on_commit_callbacks):
    source, _created = TranslationSource.get_or_create_from_instance(tender)
    translation = Translation.objects.create(source=source,
                                             target_locale=Locale.objects.get(language_code="sv"))
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"slug": "stodtjanster"}.get(entry.msgctxt) or {
            "Kotihoidon tukipalvelut": "Stödtjänster inom hemvården"}.get(entry.msgid,
                                                                        entry.msgid)
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    item = tender_item(tender.translation_key)
    assert set(item.titles) == {"fi", "sv"} and "/sv/" in item.urls["sv"]
    assert matches(tender, subscribe(keywords="hemvården")) == [True]


def test_paused_alerts_and_inactive_users_get_nothing(tender, subscribe, make_user):
    paused = subscribe()
    domain.set_active(paused.user, paused, False)
    gone = subscribe()
    gone.user.is_active = False
    gone.user.save()
    assert matches(tender, paused, gone, subscribe()) == [False, False, True]


def test_item_types(tender, subscribe):
    assert matches(tender, subscribe(item_types=["tender"]),
                   subscribe(item_types=["event", "pilot_call"]),
                   subscribe(item_types=[])) == [True, False, True]  # none ticked: any


def test_an_unpublished_tender_is_no_item():
    draft = make_tender(publish=False, live=False)
    assert tender_item(draft.translation_key) is None


def test_a_change_is_recorded_once_however_often_it_is_matched(tender, subscribe):
    first, second = subscribe(), subscribe(municipalities=["905"])
    item = tender_item(tender.translation_key)
    change, ids = record_matches(item, Change("published", "new"))
    assert sorted(ids) == sorted([first.pk, second.pk])
    again, _ids = record_matches(item, Change("published", "new"))
    assert again == change
    assert AlertItemChange.objects.count() == 1
    assert AlertMatch.objects.filter(change=change).count() == 2
    assert change.titles == {"fi": "Kotihoidon tukipalvelut"}
    assert change.action_urls["fi"].endswith("#interest-title")


def test_nothing_is_recorded_when_nothing_matches(tender, subscribe):
    subscribe(municipalities=["231"])
    change, ids = record_matches(tender_item(tender.translation_key), Change("x", "new"))
    assert change is None and ids == []
    assert not AlertItemChange.objects.exists()
