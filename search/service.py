"""The search service: the one place views and indexing talk to.

With ELASTICSEARCH_URL set, searches go to Elasticsearch; if it is unreachable, slow or
failing, the database answers instead (logged, and marked degraded), and for
SEARCH_FALLBACK_SECONDS the cluster is not tried again, so a dead cluster does not slow
every request by its timeout. The database index is always kept: it is the fallback, and
the embedded default. A change Elasticsearch missed is noted (PendingIndexChange) and sent
by `manage.py search_index catch-up`, which the indexing task also runs when the cluster
answers again.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from elasticsearch import ApiError, TransportError
from elasticsearch.helpers import BulkIndexError

from .engines.database import DatabaseEngine
from .models import PendingIndexChange

logger = logging.getLogger("search")

DOWN_KEY = "search:elasticsearch-down"
ELASTICSEARCH_ERRORS = (TransportError, ApiError, BulkIndexError, OSError)


def elasticsearch_configured():
    return bool(settings.ELASTICSEARCH_URL)


def elasticsearch_engine():
    from .engines.elastic import ElasticsearchEngine

    return ElasticsearchEngine()


def database_engine():
    return DatabaseEngine()


def _mark_down(error):
    logger.warning("Elasticsearch failed (%s); the database answers searches for %s s.",
                   error, settings.SEARCH_FALLBACK_SECONDS)
    cache.set(DOWN_KEY, True, settings.SEARCH_FALLBACK_SECONDS)


def elasticsearch_recently_down():
    return bool(cache.get(DOWN_KEY))


def search(query):
    """SearchResults for a SearchQuery, from Elasticsearch or the database."""
    if elasticsearch_configured() and not elasticsearch_recently_down():
        try:
            return elasticsearch_engine().search(query)
        except ELASTICSEARCH_ERRORS as error:
            _mark_down(error)
    results = database_engine().search(query)
    results.degraded = elasticsearch_configured()
    return results


def suggest(text, language):
    if elasticsearch_configured() and not elasticsearch_recently_down():
        try:
            return elasticsearch_engine().suggest(text, language)
        except ELASTICSEARCH_ERRORS as error:
            _mark_down(error)
    return database_engine().suggest(text, language)


# --- Indexing ------------------------------------------------------------------------------

def index_items(items, removed_keys=()):
    """Store `items` and drop `removed_keys` in the database index, and in Elasticsearch when
    configured; what Elasticsearch cannot take now is noted for the catch-up."""
    items, removed_keys = list(items), list(removed_keys)
    database_engine().index(items)
    database_engine().remove(removed_keys)
    if not elasticsearch_configured():
        return
    keys = [item.key for item in items] + removed_keys
    try:
        engine = elasticsearch_engine()
        engine.index(items)
        engine.remove(removed_keys)
    except ELASTICSEARCH_ERRORS as error:
        _mark_down(error)
        for key in keys:
            PendingIndexChange.objects.update_or_create(key=key)
        return
    if PendingIndexChange.objects.exists():
        catch_up()


def catch_up():
    """Send Elasticsearch what it missed: each noted key's current state. Returns how many."""
    if not elasticsearch_configured():
        return 0
    from .indexing import items_for_keys

    pending = list(PendingIndexChange.objects.values_list("key", flat=True))
    if not pending:
        return 0
    items, gone = items_for_keys(pending)
    engine = elasticsearch_engine()
    engine.index(items)
    engine.remove(gone)
    PendingIndexChange.objects.filter(key__in=pending).delete()
    return len(pending)
