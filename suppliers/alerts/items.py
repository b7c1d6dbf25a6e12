"""What the matcher knows of a published item, whatever its type, and how e-mails speak of it.

Each item type (tenders now; events and pilot calls in their own issues) turns its records
into an AlertItem and calls `matching.record_matches(item, change)` from a task when an item
is first published or changes materially. Its ItemKind says how e-mails name it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .enums import ItemType


@dataclass(frozen=True)
class AlertItem:
    """A published item as the matcher sees it.

    Term ids are the DEFAULT language's (those subscriptions refer to); an empty set means
    the item says nothing of that criterion, and then only subscriptions without that
    criterion match it. `texts` holds the item's searchable text (title, summary, lot
    titles …) in each of its languages: keywords are looked for in all of them.
    """

    item_type: ItemType
    key: str
    titles: dict  # {language: title}
    urls: dict  # {language: absolute URL}
    action_urls: dict = field(default_factory=dict)  # {language: where to take part}
    summaries: dict = field(default_factory=dict)  # {language: a sentence or two}
    service_area_ids: frozenset = frozenset()
    municipality_ids: frozenset = frozenset()
    contract_type_ids: frozenset = frozenset()
    cpv_codes: frozenset = frozenset()  # eight-digit codes without the check digit
    texts: tuple = ()

    @property
    def searchable_text(self):
        return "\n".join(self.texts).casefold()


@dataclass(frozen=True)
class Change:
    """What happened to an item: `key` identifies this change of this item (the same key
    twice is the same change: a task run again), `reason` is a ChangeReason and `detail`
    whatever the item type's ItemKind needs to describe it in an e-mail (JSON)."""

    key: str
    reason: str
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ItemKind:
    """How e-mails speak of one item type. The strings are lazy: they are rendered in the
    subscriber's language. `describe(detail)` gives the lines that say what changed."""

    new: object
    changed: object
    action: object
    describe: Callable[[dict], list] = lambda detail: []


KINDS = {
    ItemType.TENDER: ItemKind(new=_("New tender"), changed=_("Tender updated"),
                              action=_("Register your interest")),
    ItemType.EVENT: ItemKind(new=_("New event"), changed=_("Event updated"),
                             action=_("Register for the event")),
    ItemType.PILOT_CALL: ItemKind(new=_("New pilot call"), changed=_("Pilot call updated"),
                                  action=_("Submit a proposal")),
}


def register_kind(item_type, kind):
    """Let an item type's app say how its changes are described (tenders do, in
    tender_items.py)."""
    KINDS[ItemType(item_type)] = kind
