"""The search service: the one place views and indexing find their engines, and where
searches are answered.

With ELASTICSEARCH_URL set, searches go to Elasticsearch; if it is unreachable, slow or
failing, the database answers instead (logged, and marked degraded), and for
SEARCH_FALLBACK_SECONDS the cluster is not tried again, so a dead cluster does not slow
every request by its timeout. The database index is always kept: it is the fallback, and
the embedded default. A change Elasticsearch missed is noted (PendingIndexChange) and sent
by `manage.py search_index catch-up`, which the indexing task also runs when the cluster
answers again (both in indexing.py).
"""

import logging

from django.conf import settings
from django.core.cache import cache
from elasticsearch import ApiError, TransportError
from elasticsearch.helpers import BulkIndexError

from .engines.database import DatabaseEngine

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


def mark_down(error):
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
            mark_down(error)
    results = database_engine().search(query)
    results.degraded = elasticsearch_configured()
    return results


def suggest(text, language):
    if elasticsearch_configured() and not elasticsearch_recently_down():
        try:
            return elasticsearch_engine().suggest(text, language)
        except ELASTICSEARCH_ERRORS as error:
            mark_down(error)
    return database_engine().suggest(text, language)
