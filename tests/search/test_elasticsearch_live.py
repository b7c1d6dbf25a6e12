"""Against a real Elasticsearch 8 when ELASTICSEARCH_URL is set (skipped otherwise, saying
so): a rebuild with its alias swap, searching in each language with facets and highlights,
updates and removals, and suggestions."""

import os
import uuid

import pytest
from django.test import override_settings

from search import indexing, service
from search.engines.elastic import ElasticsearchEngine, alias_name
from search.query import SearchQuery

from .helpers import indexing as run_indexing
from .helpers import make_page

URL = os.environ.get("ELASTICSEARCH_URL")
pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.django_db,
    pytest.mark.skipif(not URL, reason="ELASTICSEARCH_URL is not set: no live Elasticsearch "
                                       "to test against (the queries and bulk actions are "
                                       "tested without a server in test_elasticsearch_documents)"),
]


@pytest.fixture
def live_cluster():
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    with override_settings(ELASTICSEARCH_URL=URL, ELASTICSEARCH_INDEX_PREFIX=prefix,
                           ELASTICSEARCH_REFRESH=True, ELASTICSEARCH_TIMEOUT=10):
        indexing.rebuild()
        yield ElasticsearchEngine()
        ElasticsearchEngine().client.indices.delete(index=f"{prefix}-*")


def test_rebuild_fills_each_language_behind_an_alias(live_cluster):
    client = live_cluster.client
    for language in ("fi", "sv", "en"):
        assert client.indices.exists_alias(name=alias_name(language))
    assert indexing.check()["elasticsearch"] == ([], [])
    indexing.rebuild()  # a second rebuild swaps the alias and drops the old index
    for language in ("fi", "sv", "en"):
        assert len(client.indices.get_alias(name=alias_name(language))) == 1


def test_search_in_finnish_and_swedish_with_facets(live_cluster):
    finnish = service.search(SearchQuery(text="kotihoidon", language="fi"))
    assert finnish.engine == "elasticsearch" and finnish.total > 0
    assert all(hit.url.startswith("/fi/") for hit in finnish.hits)
    assert any("<mark>" in hit.highlight for hit in finnish.hits)
    assert dict(finnish.facets["kind"]).get("tender")
    swedish = service.search(SearchQuery(text="hemvården", language="sv"))
    assert swedish.total > 0 and all(hit.url.startswith("/sv/") for hit in swedish.hits)
    narrowed = service.search(SearchQuery(text="", language="fi",
                                          filters={"kind": ["event"]}))
    assert narrowed.total and all(hit.kind == "event" for hit in narrowed.hits)


def test_changes_reach_the_cluster(live_cluster):
    page = make_page("Elastinen testisivu")
    found = service.search(SearchQuery(text="elastinen", language="fi"))
    assert [hit.key for hit in found.hits] == [f"page:{page.pk}"]
    with run_indexing():
        page.unpublish()
    assert service.search(SearchQuery(text="elastinen", language="fi")).total == 0


def test_suggestions_as_you_type(live_cluster):
    make_page("Puitesopimus testipalveluista")
    assert "Puitesopimus testipalveluista" in service.suggest("puitesop", "fi")
