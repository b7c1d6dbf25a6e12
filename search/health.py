"""Which search engine answers, and whether it is reachable.

Elasticsearch is used when ELASTICSEARCH_URL is set; the database otherwise. An unreachable
cluster degrades the portal (search falls back to the database) but does not stop it.
"""

import functools

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ApiError, TransportError

from portal.core.text_analysis import describe as describe_analysers

from .models import PendingIndexChange


def elasticsearch_client():
    """One client (and its connection pool) a process for the configured cluster."""
    return _client(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_TIMEOUT)


@functools.cache
def _client(url, timeout):
    return Elasticsearch(url, request_timeout=timeout, retry_on_timeout=False, max_retries=0)


def search_engine_health():
    """The engine that answers, and (as "analysers") how the database analyses each language:
    "voikko", or Snowball ("snowball+compounds" when compounds are split against the index's
    vocabulary). Finnish on Snowball finds fewer inflected forms, but search works."""
    report = _engine_health()
    report["analysers"] = describe_analysers()
    return report


def _engine_health():
    if not settings.ELASTICSEARCH_URL:
        return {"status": "ok", "engine": "database"}
    try:
        health = elasticsearch_client().cluster.health()
    except (TransportError, ApiError):
        return {"status": "degraded", "engine": "database", "configured": "elasticsearch",
                "detail": "Elasticsearch is unreachable; searching the database instead."}
    cluster_status = health.get("status")
    # Changes the cluster missed while it was down: searches may miss them until caught up.
    pending = PendingIndexChange.objects.count()
    return {
        "status": "ok" if cluster_status in {"green", "yellow"} and not pending
        else "degraded",
        "engine": "elasticsearch",
        "cluster_status": cluster_status,
        "pending_changes": pending,
    }
