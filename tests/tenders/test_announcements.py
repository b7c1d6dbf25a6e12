"""tender_changed: what providers must hear of, sent once per change, never for a baseline."""

import datetime

import pytest
from django.utils import timezone

from portal.tenders.domain import change_status, tender_changed, update_notice
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/12345/notice/123456/overview"


@pytest.fixture
def announcements():
    received = []

    def receiver(sender, **kwargs):
        received.append(kwargs)

    tender_changed.connect(receiver, dispatch_uid="test-announcements")
    yield received
    tender_changed.disconnect(dispatch_uid="test-announcements")


def test_first_publication_is_announced_without_its_baseline_dates(announcements):
    tender = make_tender()
    assert len(announcements) == 1
    assert announcements[0]["tender"].pk == tender.pk
    assert announcements[0]["first_publication"] is True
    assert announcements[0]["dates"] == [] and announcements[0]["status"] is None


def test_a_changed_date_and_a_status_change_are_announced(announcements):
    tender = make_tender()
    tender.planned_publication = timezone.localdate() + datetime.timedelta(days=90)
    tender.save_revision().publish()
    assert [entry.field for entry in announcements[-1]["dates"]] == ["planned_publication"]
    assert announcements[-1]["first_publication"] is False

    change_status(tender, "open", notice_url=NOTICE)
    assert announcements[-1]["status"] == ("planned", "open")
    assert announcements[-1]["notice_url"] == NOTICE


def test_republishing_without_changes_announces_nothing(announcements):
    tender = make_tender()
    tender.save_revision().publish()
    assert len(announcements) == 1


def test_a_corrected_notice_link_is_announced(announcements):
    tender = make_tender()
    update_notice(tender, NOTICE)
    assert announcements[-1]["notice_url"] == NOTICE and announcements[-1]["status"] is None
