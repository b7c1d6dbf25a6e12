"""Keeping the index up to date: a task per changed page, and what the commands use.

Publishing, changing (a publish), unpublishing, moving or deleting a page enqueues
`update_page_index`, which reads the page's current state and indexes it, or removes it when
it is no longer searchable (unpublished, restricted, deleted). The task reads the state when
it runs, so tasks that run late or twice still leave the index right.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_tasks import task
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.core import text_analysis as analysis

from . import service
from .items import ANALYZERS
from .models import PendingIndexChange
from .sources import is_searchable_model, item_for_page, iter_items


def page_key(page_id):
    return f"page:{page_id}"


def items_for_keys(keys):
    """(items to index, keys to remove) for the current state of `keys`."""
    items, gone = [], []
    page_ids = {int(key.split(":", 1)[1]): key for key in keys if key.startswith("page:")}
    pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
    for page_id, key in page_ids.items():
        item = item_for_page(pages[page_id]) if page_id in pages else None
        if item is None:
            gone.append(key)
        else:
            items.append(item)
    return items, gone


def index_items(items, removed_keys=()):
    """Store `items` and drop `removed_keys` in the database index, and in Elasticsearch when
    configured; what Elasticsearch cannot take now is noted for the catch-up."""
    items, removed_keys = list(items), list(removed_keys)
    service.database_engine().index(items)
    service.database_engine().remove(removed_keys)
    if not service.elasticsearch_configured():
        return
    keys = [item.key for item in items] + removed_keys
    try:
        engine = service.elasticsearch_engine()
        engine.index(items)
        engine.remove(removed_keys)
    except service.ELASTICSEARCH_ERRORS as error:
        service.mark_down(error)
        for key in keys:
            PendingIndexChange.objects.update_or_create(key=key)
        return
    if PendingIndexChange.objects.exists():
        catch_up()


def catch_up():
    """Send Elasticsearch what it missed: each noted key's current state. Returns how many."""
    if not service.elasticsearch_configured():
        return 0
    pending = list(PendingIndexChange.objects.values_list("key", flat=True))
    if not pending:
        return 0
    items, gone = items_for_keys(pending)
    engine = service.elasticsearch_engine()
    engine.index(items)
    engine.remove(gone)
    PendingIndexChange.objects.filter(key__in=pending).delete()
    return len(pending)


@task()
def update_page_index(page_id):
    items, gone = items_for_keys([page_key(page_id)])
    index_items(items, gone)
    return {"indexed": len(items), "removed": len(gone)}


def _enqueue(page_id):
    transaction.on_commit(lambda: update_page_index.enqueue(page_id))


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, instance, **kwargs):
    if is_searchable_model(type(instance.specific_deferred)):
        _enqueue(instance.pk)


@receiver(post_page_move)
def _page_moved(sender, instance, **kwargs):
    # The URL changed; descendants' URLs too.
    for page_id in instance.get_descendants(inclusive=True).values_list("pk", flat=True):
        _enqueue(page_id)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def _restriction_changed(sender, instance, **kwargs):
    # A restricted page and everything under it leave the public search (and come back).
    for page_id in instance.page.get_descendants(inclusive=True).values_list("pk", flat=True):
        _enqueue(page_id)


@receiver(post_delete)
def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and is_searchable_model(type(instance)):
        _enqueue(instance.pk)


def rebuild(*, batch_size=500, out=None):
    """Rebuild the database index (and Elasticsearch's, with an alias swap) from scratch.
    Returns the number of items indexed."""
    total = 0
    database = service.database_engine()
    database.clear()
    batches = []
    for _model, items in iter_items(batch_size):
        database.index(items)
        total += len(items)
        if service.elasticsearch_configured():
            batches.append(items)
        if out is not None:
            out(total)
    # Compounds are split against the vocabulary of the whole index: an entry indexed before
    # the words of later ones were known is analysed again with all of them.
    database.reanalyse([language for language in ANALYZERS
                        if analysis.uses_vocabulary(language)])
    database.analyze()
    if service.elasticsearch_configured():
        service.elasticsearch_engine().rebuild(batches)
        PendingIndexChange.objects.all().delete()
    return total


def check():
    """(keys searchable but missing from the index, keys in the index that should not be),
    for the database engine and, when configured, Elasticsearch."""
    expected = set()
    for _model, items in iter_items():
        expected.update(item.key for item in items)
    report = {}
    engines = [service.database_engine()]
    if service.elasticsearch_configured():
        engines.append(service.elasticsearch_engine())
    for engine in engines:
        present = engine.keys()
        report[engine.name] = (sorted(expected - present), sorted(present - expected))
    return report
