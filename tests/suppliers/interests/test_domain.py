"""Registering, changing and withdrawing an interest: the rules, the audit log."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation
from wagtail.models import PageLogEntry

from portal.tenders.domain import change_status
from suppliers.interests import domain
from suppliers.interests.enums import InterestStatus, ParticipationMode
from suppliers.interests.models import TenderInterest
from tests.suppliers.interests.conftest import lots_of, translate
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    """The messages are asserted in English, whatever translations exist."""
    with translation.override("en"):
        yield

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/1/notice/1/overview"


def register(user, organisation, tender, mode=ParticipationMode.ALONE, lots=(), **fields):
    return domain.register_interest(user, organisation, tender, mode=mode,
                                    lot_keys=[lot.translation_key for lot in lots], **fields)


def test_an_organisation_registers_interest_in_two_lots(tender, member):
    user, organisation = member
    lots = lots_of(tender)
    with translation.override("sv"):
        interest = register(user, organisation, tender, ParticipationMode.CONSORTIUM,
                            [lots[1], lots[3]], capacity="20 asiakasta", questions="Kesto?")
    interest.refresh_from_db()
    assert interest.tender_key == tender.translation_key
    assert interest.lot_keys == {lots[1].translation_key, lots[3].translation_key}
    assert (interest.mode, interest.language, interest.status, interest.registered_by) == \
        ("consortium", "sv", "active", user)
    assert (interest.capacity, interest.questions) == ("20 asiakasta", "Kesto?")
    entry = PageLogEntry.objects.get(page=tender, action="interests.register")
    assert entry.user == user and entry.data["organisation"] == organisation.pk


def test_one_interest_is_shared_by_every_language_version(tender, member):
    user, organisation = member
    swedish = translate(tender, "sv")
    swedish_lots = lots_of(swedish)
    # The Swedish page's lots are the Finnish lots' translations.
    assert swedish_lots[2].translation_key == lots_of(tender)[2].translation_key
    register(user, organisation, swedish, lots=[swedish_lots[2]])
    assert domain.interest_of(organisation, tender).lot_keys == {swedish_lots[2].translation_key}
    register(user, organisation, tender, lots=[lots_of(tender)[1]])
    assert TenderInterest.objects.count() == 1


def test_changing_the_interest_saves_the_new_choice_and_is_logged(tender, member):
    user, organisation = member
    lots = lots_of(tender)
    register(user, organisation, tender, lots=[lots[1], lots[2]])
    interest = register(user, organisation, tender, ParticipationMode.SUBCONTRACTOR,
                        [lots[2], lots[3]], capacity="10 paikkaa")
    assert interest.lot_keys == {lots[2].translation_key, lots[3].translation_key}
    assert interest.mode == "subcontractor" and interest.capacity == "10 paikkaa"
    entry = PageLogEntry.objects.get(page=tender, action="interests.update")
    assert entry.data["fields"] == ["capacity", "mode"]
    # The same choice again changes nothing and logs nothing.
    register(user, organisation, tender, ParticipationMode.SUBCONTRACTOR, [lots[2], lots[3]],
             capacity="10 paikkaa")
    assert PageLogEntry.objects.filter(page=tender, action="interests.update").count() == 1


def test_withdrawing_and_registering_again_reactivates_the_same_interest(tender, member):
    user, organisation = member
    lots = lots_of(tender)
    first = register(user, organisation, tender, lots=[lots[1]])
    withdrawn = domain.withdraw_interest(user, organisation, tender)
    assert withdrawn.status == InterestStatus.WITHDRAWN and withdrawn.withdrawn_at
    with pytest.raises(ValidationError):
        domain.withdraw_interest(user, organisation, tender)
    again = register(user, organisation, tender, ParticipationMode.FOLLOWING)
    assert again.pk == first.pk
    assert (again.status, again.withdrawn_at, again.lot_keys) == ("active", None, set())
    assert [entry.action for entry in PageLogEntry.objects.filter(page=tender)
            .filter(action__startswith="interests.").order_by("pk")] == \
        ["interests.register", "interests.withdraw", "interests.register"]


@pytest.mark.parametrize("status", ["open", "cancelled"])
def test_the_interest_is_locked_once_the_tender_opens(tender, member, status):
    user, organisation = member
    lots = lots_of(tender)
    register(user, organisation, tender, lots=[lots[1]])
    change_status(tender, "market_dialogue")
    register(user, organisation, tender, lots=[lots[2]])  # still allowed in market dialogue
    change_status(tender, status, notice_url=NOTICE)
    for attempt in (lambda: register(user, organisation, tender, lots=[lots[3]]),
                    lambda: domain.withdraw_interest(user, organisation, tender)):
        with pytest.raises(ValidationError) as error:
            attempt()
        assert "can no longer be registered, changed or withdrawn" in " ".join(
            error.value.messages)
    interest = domain.interest_of(organisation, tender)
    assert interest.is_active and interest.lot_keys == {lots[2].translation_key}


def test_the_interest_is_locked_after_the_interest_deadline(member):
    user, organisation = member
    tender = make_tender(interest_deadline=timezone.now() - datetime.timedelta(hours=1),
                         tender_deadline=timezone.now() + datetime.timedelta(days=30))
    with pytest.raises(ValidationError, match="deadline for expressions of interest"):
        register(user, organisation, tender, ParticipationMode.FOLLOWING)


def test_bidding_needs_a_lot_and_following_needs_none(tender, member):
    user, organisation = member
    for mode in ("alone", "consortium", "subcontractor"):
        with pytest.raises(ValidationError) as error:
            register(user, organisation, tender, mode)
        assert "lots" in error.value.message_dict
    assert register(user, organisation, tender, ParticipationMode.FOLLOWING).lot_keys == set()


def test_a_tender_without_lots_takes_interest_without_lots(member):
    user, organisation = member
    tender = make_tender()
    assert register(user, organisation, tender, ParticipationMode.ALONE).is_active


def test_lots_of_another_tender_and_unknown_modes_are_refused(tender, member):
    user, organisation = member
    other = make_tender(lots=[{"number": 1, "title": "Muu"}])
    with pytest.raises(ValidationError) as error:
        register(user, organisation, tender, lots=[lots_of(other)[1]])
    assert "lots" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        domain.register_interest(user, organisation, tender, mode="boss",
                                 lot_keys=["not-a-uuid"])
    assert set(error.value.message_dict) == {"mode", "lots"}
    assert not TenderInterest.objects.exists()


def test_only_active_members_may_register_or_withdraw(tender, member, make_user,
                                                      make_organisation):
    user, organisation = member
    outsider = make_user()
    make_organisation(outsider)
    with pytest.raises(PermissionDenied):
        register(outsider, organisation, tender, ParticipationMode.FOLLOWING)
    register(user, organisation, tender, ParticipationMode.FOLLOWING)
    with pytest.raises(PermissionDenied):
        domain.withdraw_interest(outsider, organisation, tender)
    assert domain.interest_of(organisation, tender).is_active


def test_an_unpublished_tender_takes_no_interest(member):
    user, organisation = member
    tender = make_tender(publish=False, live=False)
    with pytest.raises(ValidationError, match="not published"):
        register(user, organisation, tender, ParticipationMode.FOLLOWING)
