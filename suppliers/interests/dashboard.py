"""The "Tenders my organisation follows" section of My page, and the interests in a user's
personal data."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language

from portal.tenders.models import Lot, TenderPage

from .enums import InterestStatus
from .models import TenderInterest
from .presenters import interest_rows, mode_label

SHOWN = 5


def followed_tenders(request, organisation):
    """The acting organisation's active interests: tender, its status, the lots picked."""
    if organisation is None:
        return [], None, None
    rows = [row for row in interest_rows(organisation, get_language(), request)
            if row["interest"].status == InterestStatus.ACTIVE and row["tender"]]
    items = [{
        "title": row["tender"].title, "url": row["url"],
        "meta": " · ".join(str(part) for part in [
            row["tender"].get_status_display(), mode_label(row["interest"].mode),
            ", ".join(f"{lot.number}. {lot.title}" for lot in row["lots"])] if part),
    } for row in rows[:SHOWN]]
    return items, reverse("suppliers:interests:mine") if rows else None, None


def export_interests(user):
    """Interests the user registered for an organisation (the organisation keeps them)."""
    interests = list(TenderInterest.objects.filter(registered_by=user)
                     .select_related("organisation").prefetch_related("lots")
                     .order_by("created_at"))
    titles = dict(TenderPage.objects.filter(
        translation_key__in={interest.tender_key for interest in interests},
        locale__language_code=settings.LANGUAGE_CODE).values_list("translation_key", "title"))
    lot_numbers = dict(Lot.objects.filter(
        translation_key__in={key for interest in interests for key in interest.lot_keys},
        locale__language_code=settings.LANGUAGE_CODE).values_list("translation_key", "number"))
    return [
        {"organisation": interest.organisation.name,
         "tender": titles.get(interest.tender_key, str(interest.tender_key)),
         "lots": sorted(lot_numbers.get(key, 0) for key in interest.lot_keys),
         "mode": interest.mode, "capacity": interest.capacity,
         "questions": interest.questions, "status": interest.status,
         "registered_at": interest.created_at, "updated_at": interest.updated_at,
         "withdrawn_at": interest.withdrawn_at}
        for interest in interests
    ]
