"""Finished months frozen: a calendar month that has ended changes only when its records do,
so each section's figures for it are computed once, kept (`FrozenMonth`) and read from there.

- Kept on first need: an evaluation that wants a finished month takes it from here, and the
  sections that miss it are computed for all the months missing at once, from the records,
  and kept; a monthly series keeps the values only (as cheap to compute as before), the
  breakdowns are computed when a month is first shown. `generate_monthly_reports` (daily)
  computes every finished month again with its breakdowns and keeps it (`refreeze`), which
  also mends a change that no signal saw.
- A month is kept once SETTLE has passed after its end, so that a record dated before
  midnight in a transaction that commits after it is still counted.
- Forgotten when its records change: each section names the records it counts (`Source` in
  portal.metrics.registry). Making, changing or deleting one (a late record dated in the past,
  a staff correction, a delivery report, a deletion by cascade with a user's account or an
  organisation), or changing one of its many-to-many relations, forgets the section's kept
  months from the month it can alter on, for the record as it was and as it is. Changes that
  bypass Django's signals (QuerySet.update, bulk_create, SQL) call `changed` or `forget`
  themselves, or are mended by the daily `refreeze`.
- A section's definition (its version and indicators) is kept with its figures: months kept
  by another definition are computed again.
- A change that comes in while a month is being computed: the computation may have read the
  records before it, so its figures are not kept (`SectionGeneration`).
"""

import datetime
import logging
from collections import defaultdict

from django.apps import apps
from django.db import transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_save, pre_delete, pre_save
from django.utils import timezone

from portal.core.dates import HELSINKI

from .figures import Figure
from .models import FrozenMonth, SectionGeneration
from .registry import SECTIONS, Store, collect, use_store

logger = logging.getLogger(__name__)

SETTLE = datetime.timedelta(hours=1)
# `since` of a change that can alter every month.
EVERYTHING = datetime.date.min


def definition(section):
    return f"{section.version}:{','.join(indicator.key for indicator in section.indicators)}"


def month_of(moment):
    """The first day of the Helsinki calendar month of a date or an aware datetime."""
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment, HELSINKI).date()
    return moment.replace(day=1)


def _generations(keys, lock=False):
    rows = SectionGeneration.objects.filter(section__in=keys)
    if lock:
        rows = rows.select_for_update()
    return dict(rows.values_list("section", "generation"))


def freeze(sections, months, details=True, only=None):
    """Compute the sections' figures for finished months from the records and keep them
    (those of `only`, {(section key, month's first day)}, when given), unless a change to a
    section's records came in meanwhile; without `details`, the values only. Returns
    {(section key, month's first day): (values, figures or None)} as computed (plain
    JSON)."""
    keys = [section.key for section in sections]
    SectionGeneration.objects.bulk_create([SectionGeneration(section=key) for key in keys],
                                          ignore_conflicts=True)
    before = _generations(keys)
    computed = collect(months, sections, details=details)
    result, rows, now = {}, [], timezone.now()
    for month, figures in zip(months, computed, strict=True):
        for section in sections:
            data = {indicator.key: figures[indicator.key].as_json()
                    for indicator in section.indicators}
            values = {key: figure["value"] for key, figure in data.items()}
            data = data if details else None
            result[(section.key, month.start)] = (values, data)
            if only is not None and (section.key, month.start) not in only:
                continue  # kept already (with breakdowns a series would not compute)
            rows.append(FrozenMonth(section=section.key, month=month.start,
                                    definition=definition(section), values=values,
                                    figures=data, frozen_at=now))
    with transaction.atomic():
        # Locked: a change committing now either counted before this reads (and its figures
        # are dropped) or waits and forgets them after.
        after = _generations(keys, lock=True)
        unchanged = {key for key in keys if after.get(key) == before.get(key)}
        FrozenMonth.objects.bulk_create(
            [row for row in rows if row.section in unchanged], update_conflicts=True,
            unique_fields=["section", "month"],
            update_fields=["definition", "values", "figures", "frozen_at"])
    return result


def _figures(data, details):
    if details:
        return {key: Figure.from_json(figure) for key, figure in data.items()}
    return {key: Figure.from_json({"value": value}) for key, value in data.items()}


class FrozenMonths(Store):
    """The store of portal.metrics.registry: finished months, kept once SETTLE has passed."""

    def keeps(self, period, now=None):
        return period.is_month and period.bounds()[1] + SETTLE <= (now or timezone.now())

    def figures(self, sections, months, details):
        column = "figures" if details else "values"
        definitions = {section.key: definition(section) for section in sections}
        stored = {
            (key, month): data for key, month, made_by, data in FrozenMonth.objects.filter(
                section__in=list(definitions), month__in=[month.start for month in months])
            .values_list("section", "month", "definition", column)
            # Kept by a series: no breakdowns yet.
            if made_by == definitions[key] and data is not None}
        missing = [section for section in sections
                   if any((section.key, month.start) not in stored for month in months)]
        if missing:
            wanted = [month for month in months
                      if any((section.key, month.start) not in stored for section in missing)]
            places = {(section.key, month.start) for section in missing for month in wanted
                      if (section.key, month.start) not in stored}
            for place, (values, figures) in freeze(missing, wanted, details, places).items():
                stored.setdefault(place, figures if details else values)
        result = []
        for month in months:
            found = {}
            for section in sections:
                found.update(_figures(stored[(section.key, month.start)], details))
            result.append(found)
        return result


def refreeze(months, sections=None):
    """Compute finished months again from the records and keep them; returns the
    (section key, month's first day) whose kept figures differed: changes no signal saw."""
    months = [month for month in months if STORE.keeps(month)]
    sections = list(SECTIONS.values()) if sections is None else list(sections)
    if not months or not sections:
        return []
    definitions = {section.key: definition(section) for section in sections}
    kept = {(key, month): (made_by, values, figures) for key, month, made_by, values, figures in
            FrozenMonth.objects.filter(section__in=list(definitions),
                                       month__in=[month.start for month in months])
            .values_list("section", "month", "definition", "values", "figures")}
    differed = []
    for place, (values, figures) in freeze(sections, months).items():
        if place not in kept or kept[place][0] != definitions[place[0]]:
            continue
        _made_by, kept_values, kept_figures = kept[place]
        if kept_values != values or kept_figures is not None and \
                _canonical(kept_figures) != _canonical(figures):
            differed.append(place)
    for key, month in differed:
        logger.warning("Metrics: the kept figures of %s for %s differed from the records; "
                       "kept again.", key, f"{month:%Y-%m}")
    return differed


def _canonical(figures):
    """Figures as JSON with breakdown rows in key order: rows of equal value and label may
    come in either order."""
    return {key: {**figure, "breakdowns": {
        name: sorted(rows, key=lambda row: str(row["key"]))
        for name, rows in figure.get("breakdowns", {}).items()}}
        for key, figure in figures.items()}


# --- forgetting ---------------------------------------------------------------------------

def forget(section_keys, since):
    """Forget the kept months of the sections from the month of `since` (a date or an aware
    datetime) on, and count a change for each section. Nothing when that month is still
    running (it is never kept)."""
    if since is None:
        return
    month = month_of(since)
    if month >= month_of(timezone.now()):
        return
    keys = sorted(set(section_keys))
    if SectionGeneration.objects.filter(section__in=keys).update(
            generation=F("generation") + 1) < len(keys):
        SectionGeneration.objects.bulk_create(
            [SectionGeneration(section=key, generation=1) for key in keys],
            ignore_conflicts=True)
    FrozenMonth.objects.filter(section__in=keys, month__gte=month).delete()


def forget_everything():
    """Forget every kept month (after records were written past the signals: a bulk load)."""
    keys = list(FrozenMonth.objects.values_list("section", flat=True).distinct())
    forget(keys + list(_sections_with_sources()), EVERYTHING)


def changed(model, since):
    """Records of `model` changed past the signals (QuerySet.update, bulk_create): forget
    the kept months of the sections that count them, from the month of `since` on."""
    forget([key for key, _source in _sources.get(model, [])], since)


# {model: [(section key, Source)]}, and {m2m through model: (model, [(section key, Source)])}
_sources = {}
_relations = {}
_signalled = defaultdict(list)


def _sections_with_sources():
    return {key for entries in _sources.values() for key, _source in entries}


def _matters(model, source, update_fields):
    if update_fields is None or not source.fields:
        return True
    return any(model._meta.get_field(name).name in source.fields for name in update_fields)


def _differs(model, before, after, names):
    return any(getattr(before, field.attname) != getattr(after, field.attname)
               for field in (model._meta.get_field(name) for name in names))


def _forget_earliest(moments):
    """moments: {section key: [date or datetime or None]}: forget each section from its
    earliest."""
    by_month = defaultdict(list)
    for key, values in moments.items():
        values = [month_of(value) for value in values if value is not None]
        if values:
            by_month[min(values)].append(key)
    for month, keys in by_month.items():
        forget(keys, month)


def _before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance._state.adding or instance.pk is None:
        return
    if any(_matters(sender, source, update_fields) for _key, source in _sources[sender]):
        # The record as it was, for the months it counted in before the change.
        instance._metrics_before = sender._base_manager.filter(pk=instance.pk).first()


def _saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:  # fixtures: a bulk load says so itself (forget_everything)
        return
    before = instance.__dict__.pop("_metrics_before", None)
    moments = defaultdict(list)
    for key, source in _sources[sender]:
        if not created and not _matters(sender, source, update_fields) or \
                created and not source.on_create:
            continue
        if before is None:
            moments[key].append(source.since(instance))
        elif not source.fields or _differs(sender, before, instance, source.fields):
            moments[key] += [source.since(before), source.since(instance)]
    _forget_earliest(moments)


def _deleted(sender, instance, **kwargs):
    # Before the deletion (and its cascades and SET_NULLs): `since` may read related records.
    moments = defaultdict(list)
    for key, source in _sources[sender]:
        moments[key].append(source.since(instance))
    _forget_earliest(moments)


def _relation_changed(sender, instance, action, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    model, entries = _relations[sender]
    moments = defaultdict(list)
    for key, source in entries:
        # From the other side (a municipality's organisations) every month may change.
        moments[key].append(source.since(instance) if isinstance(instance, model)
                            else EVERYTHING)
    _forget_earliest(moments)


def _domain_signal(signal):
    def receiver(sender, instance, **kwargs):
        moments = defaultdict(list)
        for key, source in _signalled[signal]:
            moments[key].append(source.since(instance))
        _forget_earliest(moments)

    return receiver


def connect(sections):
    """Watch the records the sections count (once, when the app is ready)."""
    for section in sections:
        for source in section.sources:
            model = apps.get_model(source.model)
            _sources.setdefault(model, []).append((section.key, source))
            for name in source.relations:
                through = getattr(model, name).through
                _relations.setdefault(through, (model, []))[1].append((section.key, source))
            for signal in source.signals:
                _signalled[signal].append((section.key, source))
    for model in _sources:
        uid = f"metrics_frozen_{model._meta.label_lower}"
        pre_save.connect(_before_save, sender=model, dispatch_uid=uid)
        post_save.connect(_saved, sender=model, dispatch_uid=uid)
        pre_delete.connect(_deleted, sender=model, dispatch_uid=uid)
    for through in _relations:
        m2m_changed.connect(_relation_changed, sender=through,
                            dispatch_uid=f"metrics_frozen_{through._meta.label_lower}")
    for signal in _signalled:
        signal.connect(_domain_signal(signal), weak=False,
                       dispatch_uid=f"metrics_frozen_signal_{id(signal)}")


STORE = FrozenMonths()


def install(sections):
    use_store(STORE)
    connect(sections)

