"""Alert e-mails: at once when a tender is published or changes, once a week as a digest,
each in the subscriber's language with one-click unsubscribe."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from portal.notifications.models import OutboundEmail
from portal.tenders.domain import change_status
from suppliers.alerts import mailing
from suppliers.alerts.models import AlertMatch
from suppliers.alerts.tasks import match_tender
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/12345/notice/123456/overview"


def alert_emails(user):
    return OutboundEmail.objects.filter(to=user.email, template__startswith="alerts_") \
        .order_by("pk")


def publish(capture, **fields):
    with capture(execute=True):
        return make_tender(**fields)


def test_an_immediate_alert_is_emailed_once_in_the_subscribers_language(
        subscribe, django_capture_on_commit_callbacks):
    subscription = subscribe(municipalities=["905"], language="en", name="Vaasa")
    subscribe(municipalities=["231"])  # does not match
    mail.outbox.clear()
    tender = publish(django_capture_on_commit_callbacks, title="Kotihoidon tukipalvelut",
                     municipalities=("905",))

    [email] = alert_emails(subscription.user)
    assert email.language == "en" and email.template == "alerts_immediate"
    assert email.subject == "New tender: Kotihoidon tukipalvelut"
    # No English page: the Finnish one, straight to the tender and to registering interest.
    page_url = f"http://testserver{tender.url}"
    assert f"Read more: {page_url}\n" in email.text_body
    assert f"Register your interest: {page_url}#interest-title" in email.text_body
    assert f'href="{page_url}#interest-title"' in email.html_body
    # The signed token holds a timestamp (to the second), so it is read back from the
    # e-mail rather than made again here.
    prefix = "http://testserver/en/supplier/alerts/unsubscribe/"
    [unsubscribe_url] = re.findall(re.escape(prefix) + r"[^/\s]+/", email.text_body)
    token = unsubscribe_url.removeprefix(prefix).rstrip("/")
    assert mailing.subscription_from_token(token) == subscription
    assert unsubscribe_url in email.html_body

    [message] = [m for m in mail.outbox if m.to == [subscription.user.email]]
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.alternatives[0].mimetype == "text/html"
    subscription.refresh_from_db()
    assert subscription.last_sent_at is not None

    # The task run again for the same change (a retry) sends nothing more.
    change = AlertMatch.objects.get(subscription=subscription).change
    with django_capture_on_commit_callbacks(execute=True):
        match_tender.enqueue(str(tender.translation_key), change.change_key, change.reason,
                             change.detail)
    assert alert_emails(subscription.user).count() == 1


def test_a_status_change_is_a_new_alert_and_republishing_unchanged_is_none(
        subscribe, django_capture_on_commit_callbacks):
    subscription = subscribe(language="en")
    tender = publish(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        tender.save_revision().publish()
    assert alert_emails(subscription.user).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        change_status(tender, "open", notice_url=NOTICE)
    emails = list(alert_emails(subscription.user))
    assert len(emails) == 2
    assert emails[1].subject == f"Tender updated: {tender.title}"
    assert "Status changed from “Planned” to “Open for tenders”." in emails[1].text_body
    assert NOTICE in emails[1].text_body


def test_a_changed_date_is_described(subscribe, django_capture_on_commit_callbacks):
    subscription = subscribe(language="en")
    tender = publish(django_capture_on_commit_callbacks, planned_publication_precision="day",
                     planned_publication=datetime.date(2027, 3, 15))
    tender.planned_publication = datetime.date(2027, 4, 1)
    with django_capture_on_commit_callbacks(execute=True):
        tender.save_revision().publish()
    email = alert_emails(subscription.user).last()
    assert email.subject == f"Tender updated: {tender.title}"
    assert "Planned publication of the notice changed from 15.3.2027 to 1.4.2027." \
        in email.text_body


def test_a_weekly_digest_collects_the_weeks_matches_and_is_sent_once(
        subscribe, django_capture_on_commit_callbacks):
    subscription = subscribe(frequency="weekly", language="en", name="Home care")
    first = publish(django_capture_on_commit_callbacks, title="Ensimmäinen hankinta")
    second = publish(django_capture_on_commit_callbacks, title="Toinen hankinta")
    with django_capture_on_commit_callbacks(execute=True):
        change_status(second, "market_dialogue")
    assert not alert_emails(subscription.user).exists()  # nothing at once

    with django_capture_on_commit_callbacks(execute=True):
        assert mailing.send_digests() == 1
    [email] = alert_emails(subscription.user)
    assert email.template == "alerts_digest"
    assert email.subject == "Home care: 2 new or updated items this week"
    assert first.title in email.text_body and second.title in email.text_body
    # The second tender's publication and status change are one entry, marked new.
    assert email.text_body.count(second.title) == 1
    assert "Status changed from “Planned” to “Market dialogue”." in email.text_body
    assert email.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert not AlertMatch.objects.filter(subscription=subscription, sent_at=None).exists()

    # Again in the same week: nothing, and what comes in meanwhile waits for next week.
    call_command("send_alert_digests", verbosity=0)
    third = publish(django_capture_on_commit_callbacks, title="Kolmas hankinta")
    assert mailing.send_digests() == 0
    assert alert_emails(subscription.user).count() == 1
    next_week = timezone.now() + datetime.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        assert mailing.send_digests(now=next_week) == 1
    latest = alert_emails(subscription.user).last()
    assert third.title in latest.text_body and first.title not in latest.text_body


def test_no_digest_without_new_matches(subscribe):
    subscription = subscribe(frequency="weekly")
    assert mailing.send_digests() == 0
    assert not alert_emails(subscription.user).exists()


def test_a_paused_weekly_alert_gets_no_digest(subscribe, django_capture_on_commit_callbacks):
    subscription = subscribe(frequency="weekly")
    publish(django_capture_on_commit_callbacks)
    subscription.active = False
    subscription.save()
    assert mailing.send_digests() == 0


# --- Batches: a fixed number of queries whatever the number of subscribers -----------------

def a_change(key="batch"):
    from suppliers.alerts.models import AlertItemChange

    return AlertItemChange.objects.create(
        item_type="tender", item_key=f"tender-{key}", change_key=key, reason="new",
        titles={"fi": "Kotihoidon tukipalvelut", "sv": "Stödtjänster inom hemvården"},
        urls={"fi": "http://testserver/fi/h/", "sv": "http://testserver/sv/u/"},
        action_urls={"fi": "http://testserver/fi/h/#interest-title"})


def matched(subscribe, change, count, *, frequency="immediate"):
    """`count` subscriptions in turn in Finnish, Swedish and English, each matching."""
    languages = ["fi", "sv", "en"]
    subscriptions = [subscribe(frequency=frequency, language=languages[n % 3])
                     for n in range(count)]
    AlertMatch.objects.bulk_create(
        [AlertMatch(subscription=subscription, change=change) for subscription in subscriptions])
    return subscriptions


def assert_unsubscribes(email, subscription):
    """The e-mail's unsubscribe link, in its headers and its text, is the subscriber's own,
    in their language."""
    link = email.headers["List-Unsubscribe"].strip("<>")
    assert link in email.text_body
    assert link.startswith(f"http://testserver/{subscription.language}/")
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert mailing.subscription_from_token(token) == subscription


def queries_of(call):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        result = call()
    return result, len(queries)


def test_immediate_alerts_are_queued_in_a_fixed_number_of_queries(subscribe):
    small, large = a_change("small"), a_change("large")
    matched(subscribe, small, 2)
    subscriptions = matched(subscribe, large, 12)

    sent_small, queries_small = queries_of(lambda: mailing.send_immediate_alerts(small.pk))
    sent_large, queries_large = queries_of(lambda: mailing.send_immediate_alerts(large.pk))
    assert (sent_small, sent_large) == (2, 12)
    assert queries_large == queries_small

    # Every subscriber got theirs, in their language, with their own unsubscribe link.
    for subscription in subscriptions:
        [email] = alert_emails(subscription.user)
        assert email.language == subscription.language
        assert_unsubscribes(email, subscription)
        assert AlertMatch.objects.get(subscription=subscription).email_id == email.pk
    swedish = alert_emails(subscriptions[1].user).get()
    assert "Stödtjänster inom hemvården" in swedish.subject
    # Once only: running the task again queues nothing.
    assert mailing.send_immediate_alerts(large.pk) == 0
    assert OutboundEmail.objects.filter(template="alerts_immediate").count() == 14


def test_the_same_batch_stays_fixed_with_the_send_tasks_enqueued(
        subscribe, django_capture_on_commit_callbacks, django_assert_max_num_queries):
    change = a_change()
    matched(subscribe, change, 30)
    # One send task for the batch, not one per e-mail.
    with django_capture_on_commit_callbacks() as callbacks, \
            django_assert_max_num_queries(12):
        assert mailing.send_immediate_alerts(change.pk) == 30
    assert len(callbacks) == 1


def test_an_invalid_address_in_a_batch_closes_its_match_unsent(subscribe, make_user):
    change = a_change()
    good = matched(subscribe, change, 2)
    broken = subscribe(user=make_user())
    broken.user.email = "not-an-address"
    broken.user.save()
    AlertMatch.objects.create(subscription=broken, change=change)
    assert mailing.send_immediate_alerts(change.pk) == 3
    closed = AlertMatch.objects.get(subscription=broken)
    assert closed.sent_at is not None and closed.email is None
    assert all(alert_emails(subscription.user).count() == 1 for subscription in good)


def test_a_suppressed_subscriber_is_stored_unsent(subscribe, mailoutbox,
                                                  django_capture_on_commit_callbacks):
    from portal.notifications.domain import suppress

    change = a_change()
    quiet, heard = matched(subscribe, change, 2)
    suppress(quiet.user.email, "bounced")
    with django_capture_on_commit_callbacks(execute=True):
        mailing.send_immediate_alerts(change.pk)
    assert alert_emails(quiet.user).get().status == "suppressed"
    assert [message.to for message in mailoutbox] == [[heard.user.email]]


def test_weekly_digests_are_queued_in_a_fixed_number_of_queries(subscribe):
    change = a_change()
    few = matched(subscribe, change, 2, frequency="weekly")
    sent, queries_few = queries_of(mailing.send_digests)
    assert sent == 2
    other = a_change("other")
    many = matched(subscribe, other, 9, frequency="weekly")
    AlertMatch.objects.bulk_create([AlertMatch(subscription=s, change=change) for s in many])
    sent, queries_many = queries_of(mailing.send_digests)
    assert sent == 9
    assert queries_many == queries_few
    for subscription in few + many:
        [email] = alert_emails(subscription.user)
        assert email.template == "alerts_digest" and email.language == subscription.language
        assert_unsubscribes(email, subscription)
    assert not AlertMatch.objects.filter(sent_at=None).exists()
    # The same week again: nothing more.
    assert mailing.send_digests() == 0
