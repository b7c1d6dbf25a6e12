"""How an interest reads on the supplier's screens: its tender's lots in the reader's language."""

from portal.tenders.listing import sme_threshold
from portal.tenders.presenters import LotView

from .enums import ParticipationMode


def lot_views(tender, threshold=None):
    """LotViews of a tender page's lots (municipalities are not needed by the form)."""
    threshold = sme_threshold() if threshold is None else threshold
    return [LotView(lot=lot, municipalities=[], sme_sized=lot.is_sme_sized(threshold))
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
