"""The public timeline of a tender, told in the visitor's language."""

import datetime

from django.utils import formats
from django.utils.translation import gettext as _

from .enums import TenderStatus, TimelineKind
from .presenters import format_planned


def _format(field, value):
    if not value:
        return _("not set")
    if field == "planned_publication":
        date, precision = value.split("|")
        return format_planned(datetime.date.fromisoformat(date), precision)
    if "T" in value:
        moment = datetime.datetime.fromisoformat(value)
        return formats.date_format(moment, "j.n.Y H:i")
    return formats.date_format(datetime.date.fromisoformat(value), "j.n.Y")


def _text(entry):
    if entry.kind == TimelineKind.PUBLISHED:
        return _("Published in the procurement calendar.")
    if entry.kind == TimelineKind.STATUS:
        return _("Status changed from “%(old)s” to “%(new)s”.") % {
            "old": TenderStatus(entry.old_value).label, "new": TenderStatus(entry.new_value).label}
    if entry.kind == TimelineKind.NOTICE:
        return _("The official contract notice was published.")
    label = entry.field_label
    return _("%(what)s changed from %(old)s to %(new)s.") % {
        "what": str(label).capitalize(), "old": _format(entry.field, entry.old_value),
        "new": _format(entry.field, entry.new_value)}


def timeline(entries):
    """[{"when": datetime, "text": str}] for a tender's timeline entries, in their order."""
    return [{"when": entry.occurred_at, "kind": entry.kind, "text": _text(entry)}
            for entry in entries]
