"""Elasticsearch configured but down or slow: the database answers, /healthz says degraded,
and the changes the cluster missed are sent when it is back."""

import logging
import socket

import pytest
from django.core.cache import cache
from django.test import override_settings

from search import indexing, service
from search.models import PendingIndexChange
from search.query import SearchQuery

from .fake_cluster import FakeCluster
from .helpers import make_page

pytestmark = pytest.mark.django_db


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def cluster_down():
    with override_settings(ELASTICSEARCH_URL=f"http://127.0.0.1:{_closed_port()}",
                           ELASTICSEARCH_TIMEOUT=0.5):
        yield


def test_search_answers_from_the_database_when_the_cluster_is_down(cluster_down, caplog):
    make_page("Varajärjestelmän testisivu")
    with caplog.at_level(logging.WARNING, logger="search"):
        results = service.search(SearchQuery(text="varajärjestelmän", language="fi"))
    assert results.engine == "database" and results.degraded
    # First: a compound's parts found apart (vara … järjestelmä) may follow it.
    assert [hit.title for hit in results.hits][0] == "Varajärjestelmän testisivu"
    assert "Elasticsearch failed" in caplog.text


def test_a_slow_cluster_counts_as_down():
    with FakeCluster(delay=2) as cluster, \
            override_settings(ELASTICSEARCH_URL=cluster.url, ELASTICSEARCH_TIMEOUT=0.3):
        results = service.search(SearchQuery(text="kotihoito", language="fi"))
    assert results.engine == "database" and results.degraded


def test_after_a_failure_the_cluster_rests_before_it_is_tried_again(cluster_down):
    service.search(SearchQuery(text="kotihoito", language="fi"))
    assert service.elasticsearch_recently_down()
    cache.clear()
    assert not service.elasticsearch_recently_down()


def test_healthz_reports_the_search_as_degraded(cluster_down, client):
    report = client.get("/healthz").json()
    assert report["status"] == "degraded"
    assert report["checks"]["search"]["status"] == "degraded"
    assert report["checks"]["search"]["engine"] == "database"


def test_changes_made_while_down_are_sent_when_the_cluster_is_back(cluster_down):
    page = make_page("Muutos zeppeliinikatkon aikana")
    assert PendingIndexChange.objects.filter(key=f"page:{page.pk}").exists()
    # The database index has it all along.
    assert service.database_engine().search(
        SearchQuery(text="zeppeliinikatkon", language="fi")).total == 1
    with FakeCluster() as cluster, override_settings(ELASTICSEARCH_URL=cluster.url):
        cache.clear()
        assert indexing.catch_up() >= 1
        assert f"page:{page.pk}" in cluster.indexed_ids()
    assert not PendingIndexChange.objects.exists()


def test_without_elasticsearch_nothing_is_pending():
    make_page("Tavallinen sivu")
    assert not PendingIndexChange.objects.exists()
    assert service.search(SearchQuery(text="tavallinen", language="fi")).degraded is False
