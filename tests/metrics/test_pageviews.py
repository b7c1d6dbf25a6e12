"""Views of tender, event and call pages, counted without cookies or personal data."""

import datetime

import pytest
from django.core.management import call_command

from portal.metrics.models import PageViewDay
from portal.metrics.pageviews import flush_page_views, record_view
from tests.factories import TenderPageFactory

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def tender(db):
    return TenderPageFactory()


def flushed(page):
    flush_page_views()
    return sum(PageViewDay.objects.filter(page=page).values_list("views", flat=True))


def test_anonymous_view_counts_once_and_sets_no_cookie(client, tender):
    response = client.get(tender.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert "X-Portal-Page-View" not in response
    assert not response.cookies
    assert flushed(tender) == 1


def test_views_are_kept_per_page_and_day_only(client, tender):
    client.get(tender.url, HTTP_USER_AGENT=BROWSER)
    client.get(tender.url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.1.2.3")
    flush_page_views()
    row = PageViewDay.objects.get(page=tender)
    assert row.views == 2
    assert {field.name for field in PageViewDay._meta.get_fields()} == {
        "id", "page", "day", "views"}


@pytest.mark.parametrize("agent", ["Googlebot/2.1 (+http://www.google.com/bot.html)",
                                   "curl/8.5.0", "python-requests/2.32", ""])
def test_bots_and_scripts_are_not_counted(client, tender, agent):
    client.get(tender.url, HTTP_USER_AGENT=agent)
    assert flushed(tender) == 0


def test_head_is_not_counted(client, tender):
    response = client.head(tender.url, HTTP_USER_AGENT=BROWSER)
    assert "X-Portal-Page-View" not in response
    assert flushed(tender) == 0


def test_not_found_is_not_counted(client, tender):
    response = client.get(tender.url + "no-such-page/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 404
    flush_page_views()
    assert not PageViewDay.objects.exists()


def test_staff_view_is_not_counted(client, tender, django_user_model):
    staff = django_user_model.objects.create_user("staff", "staff@example.fi", "x" * 16,
                                                  is_staff=True)
    client.force_login(staff)
    response = client.get(tender.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert "X-Portal-Page-View" not in response
    assert flushed(tender) == 0


def test_preview_is_not_counted(tender):
    response = tender.make_preview_request()
    assert response.status_code == 200
    assert "X-Portal-Page-View" not in response
    assert flushed(tender) == 0


def test_event_and_call_pages_are_counted(client, db):
    from tests.events.helpers import make_event
    from tests.pilots.helpers import make_call

    event, call = make_event(), make_call()
    client.get(event.url, HTTP_USER_AGENT=BROWSER)
    client.get(call.url, HTTP_USER_AGENT=BROWSER)
    assert (flushed(event), flushed(call)) == (1, 1)


def test_flush_adds_to_the_day_and_is_idempotent(tender):
    day = datetime.date.today()
    record_view(tender.pk, day)
    record_view(tender.pk, day)
    assert flush_page_views(today=day) == 2
    assert flush_page_views(today=day) == 0
    record_view(tender.pk, day)
    record_view(tender.pk, day - datetime.timedelta(days=1))
    assert flush_page_views(today=day) == 2
    assert dict(PageViewDay.objects.filter(page=tender).values_list("day", "views")) == {
        day: 3, day - datetime.timedelta(days=1): 1}


def test_flush_command(tender, capsys):
    record_view(tender.pk)
    call_command("flush_page_views")
    assert "1" in capsys.readouterr().out
    assert PageViewDay.objects.get(page=tender).views == 1


def test_flush_task(tender):
    from portal.metrics.tasks import flush_page_views as task

    record_view(tender.pk)
    task.enqueue()
    assert PageViewDay.objects.get(page=tender).views == 1


def test_a_process_with_its_own_cache_flushes_its_counts_itself(tender, settings,
                                                                monkeypatch):
    from portal.metrics import pageviews

    settings.PAGE_VIEW_FLUSH_IN_PROCESS_SECONDS = 60
    monkeypatch.setattr(pageviews, "_last_local_flush", pageviews.time.monotonic() - 61)
    record_view(tender.pk)
    assert PageViewDay.objects.get(page=tender).views == 1
    record_view(tender.pk)  # within the minute: waits in the cache
    assert PageViewDay.objects.get(page=tender).views == 1
