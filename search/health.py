"""Which search engine answers, and whether it is reachable.

Elasticsearch is used when ELASTICSEARCH_URL is set; the database otherwise. An unreachable
cluster degrades the portal (search falls back to the database) but does not stop it.
"""

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ApiError, TransportError


def elasticsearch_client():
    return Elasticsearch(
        settings.ELASTICSEARCH_URL,
        request_timeout=settings.ELASTICSEARCH_TIMEOUT,
        retry_on_timeout=False,
        max_retries=0,
    )


def search_engine_health():
    if not settings.ELASTICSEARCH_URL:
        return {"status": "ok", "engine": "database"}
    try:
        health = elasticsearch_client().cluster.health()
    except (TransportError, ApiError):
        return {"status": "degraded", "engine": "database", "configured": "elasticsearch",
                "detail": "Elasticsearch is unreachable; searching the database instead."}
    cluster_status = health.get("status")
    from .models import PendingIndexChange

    # Changes the cluster missed while it was down: searches may miss them until caught up.
    pending = PendingIndexChange.objects.count()
    return {
        "status": "ok" if cluster_status in {"green", "yellow"} and not pending
        else "degraded",
        "engine": "elasticsearch",
        "cluster_status": cluster_status,
        "pending_changes": pending,
    }
