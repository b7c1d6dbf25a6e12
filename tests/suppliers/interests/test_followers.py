"""Followers hear of a tender's status and date changes, once, in their interest's language."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation

from portal.notifications.models import OutboundEmail
from portal.tenders.domain import change_status, update_notice
from portal.tenders.enums import TenderStatus
from suppliers.interests import domain, receivers
from suppliers.interests.followers import tell_followers
from suppliers.interests.models import TenderInterest
from tests.suppliers.interests.conftest import translate
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/7/notice/7/overview"


@pytest.fixture
def followed(member, add_member, make_organisation, make_user):
    """A tender followed by two organisations: one in Swedish (two members), one in English;
    a third organisation withdrew its interest."""
    user, organisation = member
    colleague = add_member(organisation, "kollega@hoiva.example.fi")
    tender = make_tender(title="Kotihoidon tukipalvelut",
                         tender_deadline=timezone.make_aware(datetime.datetime(2027, 3, 15, 12)))
    swedish = translate(tender, "sv")
    domain.register_interest(user, organisation, tender, mode="following", language="sv")
    english_user = make_user("english@example.fi")
    english = make_organisation(english_user, name="English Care Ltd")
    domain.register_interest(english_user, english, tender, mode="following", language="en")
    gone_user = make_user("gone@example.fi")
    gone = make_organisation(gone_user, name="Poissa Oy")
    domain.register_interest(gone_user, gone, tender, mode="following", language="fi")
    domain.withdraw_interest(gone_user, gone, tender)
    return {"tender": tender, "swedish": swedish, "users": [user, colleague, english_user]}


def sent_to():
    return sorted(message.to[0] for message in mail.outbox)


def test_a_status_change_is_told_to_every_follower_in_the_interests_language(
        followed, django_capture_on_commit_callbacks):
    tender, swedish = followed["tender"], followed["swedish"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        change_status(tender, TenderStatus.MARKET_DIALOGUE)
    assert sent_to() == ["admin@hoiva.example.fi", "english@example.fi",
                         "kollega@hoiva.example.fi"]
    by_address = {message.to[0]: message for message in mail.outbox}
    english = by_address["english@example.fi"]
    assert "Kotihoidon tukipalvelut" in english.subject
    assert "English Care Ltd" in english.body
    assert "“Planned” to “Market dialogue”" in english.body
    assert f"http://testserver{tender.url}" in english.body
    html = english.alternatives[0][0]
    assert f'href="http://testserver{tender.url}"' in html

    swedish_message = by_address["admin@hoiva.example.fi"]
    assert f"http://testserver{swedish.url}" in swedish_message.body
    assert swedish.title in swedish_message.subject
    assert OutboundEmail.objects.filter(language="sv").count() == 2
    with translation.override("sv"):
        assert str(TenderStatus.MARKET_DIALOGUE.label) in swedish_message.body


def test_a_re_run_never_sends_twice(followed, django_capture_on_commit_callbacks):
    tender = followed["tender"]
    with django_capture_on_commit_callbacks(execute=True):
        change_status(tender, TenderStatus.MARKET_DIALOGUE)
    stored = OutboundEmail.objects.count()
    entry_ids = list(OutboundEmail.objects.values_list("idempotency_key", flat=True))
    assert len(entry_ids) == 3 and all(key.startswith("interests:") for key in entry_ids)
    change_key = entry_ids[0].split(":")[3]
    with django_capture_on_commit_callbacks(execute=True):
        tell_followers(str(tender.translation_key), [int(pk) for pk in change_key.split("-")])
    assert OutboundEmail.objects.count() == stored


def test_a_changed_date_is_told_with_old_and_new_dates(
        followed, django_capture_on_commit_callbacks):
    tender = followed["tender"]
    mail.outbox.clear()
    tender.tender_deadline = timezone.make_aware(datetime.datetime(2027, 3, 22, 12))
    with django_capture_on_commit_callbacks(execute=True):
        tender.save_revision().publish()
    assert len(mail.outbox) == 3
    english = next(message for message in mail.outbox if message.to == ["english@example.fi"])
    assert "15.3.2027 12:00" in english.body and "22.3.2027 12:00" in english.body
    # Publishing again without a change tells nobody anything.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        tender.save_revision().publish()
    assert mail.outbox == []


def test_opening_with_the_notice_link_is_told_with_the_link(
        followed, django_capture_on_commit_callbacks):
    tender = followed["tender"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        change_status(tender, TenderStatus.OPEN, notice_url=NOTICE)
    english = next(message for message in mail.outbox if message.to == ["english@example.fi"])
    assert NOTICE in english.body and "contract notice was published" in english.body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        update_notice(tender, NOTICE + "?corrected")
    assert len(mail.outbox) == 3


def test_a_withdrawn_interest_and_an_unfollowed_tender_get_nothing(
        member, django_capture_on_commit_callbacks):
    user, organisation = member
    tender = make_tender()
    domain.register_interest(user, organisation, tender, mode="following")
    domain.withdraw_interest(user, organisation, tender)
    unfollowed = make_tender()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        change_status(tender, TenderStatus.CANCELLED)
        change_status(unfollowed, TenderStatus.CANCELLED)
    assert mail.outbox == []
    # (Alert matching may still be queued; no follower task is.)
    assert [c for c in callbacks if getattr(c, "func", None) is receivers._enqueue] == []


def test_a_first_publication_is_not_told(member, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        make_tender()
    assert mail.outbox == []
    assert not TenderInterest.objects.exists()
