"""Matching a published item against every active subscription.

All chosen criteria must match (AND), any value within one criterion is enough (OR), and a
criterion left empty matches anything. The taxonomy criteria and the item type are checked
by the database, one subquery per criterion, so that tens of thousands of subscriptions
cost a single query; only the keywords of the remaining candidates are
checked here, in the item's text in all its languages: as substrings without case, or word by
word as the search matches them (portal/core/text_analysis.py: "kotihoidossa" finds "kotihoito").
"""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from portal.core.text_analysis import AnalysedText
from portal.taxonomy.models import CPVCode

from . import cpv
from .enums import ITEM_TYPE_FIELDS
from .models import AlertItemChange, AlertMatch, AlertSubscription, split_keywords

BATCH_SIZE = 1000


def cpv_term_ids(item_codes):
    """The CPV terms that match one of the item's codes (cpv.py)."""
    codes, prefixes = cpv.matching_terms(item_codes)
    if not codes:
        return set()
    condition = Q(code__in=codes)
    for prefix in prefixes:
        condition |= Q(code__startswith=prefix)
    return set(CPVCode.objects.filter(condition).values_list("pk", flat=True))


def _empty_or_one_of(criterion, term_ids):
    """Subscriptions that chose no term of this criterion, or one of `term_ids`.

    Uncorrelated IN subqueries, not correlated EXISTS: inside an OR, PostgreSQL runs an
    EXISTS once per subscription, while an IN subquery is run once and hashed (SQLite
    likewise builds it once), which makes matching 20,000 subscriptions several times
    faster (tests/benchmarks/alert_matching.py).
    """
    field = AlertSubscription._meta.get_field(criterion)
    through = field.remote_field.through.objects
    with_criterion = Q(pk__in=through.values("alertsubscription_id"))
    if not term_ids:
        return ~with_criterion
    term_column = f"{field.m2m_reverse_field_name()}_id"
    return ~with_criterion | Q(pk__in=through.filter(**{f"{term_column}__in": term_ids})
                               .values("alertsubscription_id"))


def candidates(item):
    """Active subscriptions whose item types and taxonomy criteria match the item."""
    type_field = ITEM_TYPE_FIELDS[item.item_type]
    no_type_chosen = Q(**dict.fromkeys(ITEM_TYPE_FIELDS.values(), False))
    queryset = AlertSubscription.objects.filter(
        Q(**{type_field: True}) | no_type_chosen, active=True, user__is_active=True)
    for criterion, term_ids in (
        ("service_areas", item.service_area_ids),
        ("municipalities", item.municipality_ids),
        ("contract_types", item.contract_type_ids),
        ("cpv_codes", cpv_term_ids(item.cpv_codes)),
    ):
        queryset = queryset.filter(_empty_or_one_of(criterion, term_ids))
    return queryset


def keywords_match(keywords, searchable_text, analysed=None):
    """No keywords, or one of them in the (casefolded) text: as written, or in another
    inflected form. `analysed` is the text's AnalysedText, shared by the subscriptions."""
    chosen = split_keywords(keywords)
    if not chosen:
        return True
    analysed = analysed or AnalysedText(searchable_text)
    return any(keyword.casefold() in searchable_text or analysed.matches(keyword)
               for keyword in chosen)


def matching_subscription_ids(item):
    text = item.searchable_text
    # The text is analysed (once) only if a keyword is not in it as written.
    analysed = AnalysedText(text)
    return [pk for pk, keywords in candidates(item).order_by().values_list("pk", "keywords")
            if keywords_match(keywords, text, analysed)]


def record_matches(item, change, *, now=None):
    """Match an item's change against the subscriptions and record each match once.

    Returns (the recorded AlertItemChange or None when nothing matched, the ids of the
    matching subscriptions). Running it again for the same change adds only the
    subscriptions that match now and did not before.
    """
    now = now or timezone.now()
    subscription_ids = matching_subscription_ids(item)
    if not subscription_ids:
        return None, []
    with transaction.atomic():
        recorded, _created = AlertItemChange.objects.get_or_create(
            item_type=item.item_type, item_key=item.key, change_key=change.key,
            defaults={"reason": change.reason, "detail": change.detail, "titles": item.titles,
                      "summaries": item.summaries, "urls": item.urls,
                      "action_urls": item.action_urls, "occurred_at": now})
        AlertMatch.objects.bulk_create(
            [AlertMatch(subscription_id=pk, change=recorded, matched_at=now)
             for pk in subscription_ids],
            ignore_conflicts=True, batch_size=BATCH_SIZE)
    return recorded, subscription_ids
