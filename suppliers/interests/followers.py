"""Telling the followers of a tender, in their interest's language, what changed in it.

The followers are the active members of every organisation with an active interest. Each
e-mail carries an idempotency key made of the timeline entries it reports and the recipient,
so that running the task again (a retry, a second worker) never sends a message twice.
"""

from django.conf import settings
from django.utils import translation

from portal.notifications.domain import queue_email
from portal.tenders.enums import TimelineKind
from portal.tenders.models import TenderPage, TenderTimelineEntry
from portal.tenders.timeline import _text as describe_entry
from suppliers.models import Membership

from .models import TenderInterest

TEMPLATE = "interests_tender_changed"


def _absolute(url):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def _pages_by_language(tender_key):
    return {page.locale.language_code: page for page in
            TenderPage.objects.live().filter(translation_key=tender_key)
            .select_related("locale")}


def tell_followers(tender_key, entry_ids):
    """Queue one e-mail per follower about the timeline entries `entry_ids` of a tender.

    Returns the queued messages (those already queued under the same key included).
    """
    entries = list(TenderTimelineEntry.objects.filter(
        pk__in=entry_ids, tender_key=tender_key).order_by("occurred_at", "pk"))
    pages = _pages_by_language(tender_key)
    if not entries or not pages:
        return []
    interests = list(TenderInterest.objects.active().filter(tender_key=tender_key)
                     .select_related("organisation").order_by("pk"))
    # A user in several interested organisations gets one message, in the language of the
    # first interest, naming every organisation.
    followers = {}
    for membership in Membership.objects.active().filter(
            organisation_id__in=[interest.organisation_id for interest in interests]) \
            .select_related("user").order_by("pk"):
        if membership.user.email:
            followers.setdefault(membership.user, set()).add(membership.organisation_id)

    change_id = "-".join(str(entry.pk) for entry in entries)
    messages = []
    for user, organisation_ids in followers.items():
        mine = [interest for interest in interests if interest.organisation_id in organisation_ids]
        language = mine[0].language
        page = pages.get(language) or pages.get(settings.LANGUAGE_CODE) \
            or next(iter(pages.values()))
        with translation.override(language):
            context = {
                "title": page.title, "reference": page.reference,
                "organisations": [interest.organisation.name for interest in mine],
                "changes": [describe_entry(entry) for entry in entries],
                "status_note": page.status_note
                if any(entry.kind == TimelineKind.STATUS for entry in entries) else "",
                "notice_url": page.notice_url
                if any(entry.kind == TimelineKind.NOTICE for entry in entries) else "",
                "page_url": _absolute(page.get_url()),
            }
        messages.append(queue_email(
            to=user.email, template=TEMPLATE, language=language, context=context,
            idempotency_key=f"interests:tender-changed:{tender_key}:{change_id}:{user.pk}"))
    return messages
