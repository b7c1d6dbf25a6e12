"""How an interest reads on the supplier's screens: its tender's lots in the reader's language."""

from django.conf import settings

from portal.tenders.models import Lot, TenderPage, sme_threshold
from portal.tenders.presenters import LotView

from .enums import ParticipationMode
from .models import TenderInterest


def lot_views(tender, threshold=None):
    """LotViews of a tender page's lots (the form does not show their municipalities)."""
    threshold = sme_threshold() if threshold is None else threshold
    return [LotView(lot=lot, sme_sized=lot.is_sme_sized(threshold))
            for lot in tender.lot_list]


def picked_lots(interest, lots):
    """The interest's lots among `lots` (LotViews or Lots), in lot-number order."""
    keys = interest.lot_keys
    return [lot for lot in lots if getattr(lot, "lot", lot).translation_key in keys]


def initial_data(interest, organisation):
    if interest is None or not interest.is_active:
        return {"organisation": organisation.pk if organisation else None}
    return {"organisation": organisation.pk, "mode": interest.mode,
            "lots": [str(key) for key in interest.lot_keys],
            "capacity": interest.capacity, "questions": interest.questions}


def mode_label(value):
    return ParticipationMode(value).label


def _in_language(objects, languages):
    """{translation key: object} preferring the first of `languages` that exists."""
    found = {}
    for item in objects:
        rank = languages.index(item.locale.language_code)
        if item.translation_key not in found or rank < found[item.translation_key][0]:
            found[item.translation_key] = (rank, item)
    return {key: item for key, (_rank, item) in found.items()}


def interest_rows(organisation, language, request=None):
    """The organisation's interests (active first, newest first), each as {"interest",
    "tender" (the live page in `language`, else the default language's; None when gone),
    "url", "lots"}. Five queries whatever the number of interests, for lists and the
    supplier's dashboard."""
    interests = list(TenderInterest.objects.filter(organisation=organisation)
                     .prefetch_related("lots").order_by("status", "-updated_at"))
    if not interests:
        return []
    languages = [language, settings.LANGUAGE_CODE]
    pages = _in_language(
        TenderPage.objects.live().filter(
            translation_key__in={interest.tender_key for interest in interests},
            locale__language_code__in=languages).select_related("locale"), languages)
    lots = _in_language(
        Lot.objects.filter(
            translation_key__in={key for interest in interests for key in interest.lot_keys},
            locale__language_code__in=languages).select_related("locale"), languages)
    rows = []
    for interest in interests:
        page = pages.get(interest.tender_key)
        rows.append({
            "interest": interest, "tender": page,
            "url": page.get_url(request) if page else "",
            "lots": sorted((lots[key] for key in interest.lot_keys if key in lots),
                           key=lambda lot: lot.number),
        })
    return rows
