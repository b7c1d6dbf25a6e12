"""The Elasticsearch side without a server: the mappings, the queries elasticsearch-dsl
builds and the bulk actions indexing sends. (Against a real cluster: test_elasticsearch_live.py.)
"""

import datetime
from decimal import Decimal

import pytest
from django.test import override_settings

from search.engines import elastic
from search.items import SearchItem
from search.query import SearchQuery


def _item(language="fi", **extra):
    return SearchItem(
        key="page:7", kind="tender", language=language, title="Kotihoidon tukipalvelut",
        url="/fi/hankinnat/kotihoito/", text="Ateriat ja siivous", summary="Tukipalvelut",
        date=datetime.datetime(2027, 3, 1, tzinfo=datetime.UTC), value=Decimal("1200000.50"),
        facets={"kind": ["tender"], "service_areas": ["home-care-support"],
                "municipalities": ["905", "598"], "contract_type": ["framework"],
                "status": ["planned"], "sme_lots": ["yes"], "languages": ["fi", "sv"]},
        **extra)


@pytest.mark.parametrize(("language", "analyzer"),
                         [("fi", "finnish"), ("sv", "swedish"), ("en", "english")])
def test_each_language_has_its_index_and_analyzer(language, analyzer):
    document = elastic.document_class(language)
    mapping = document._doc_type.mapping.to_dict()["properties"]
    assert document._index._name == f"portal-content-{language}"
    for name in ("title", "summary", "text"):
        assert mapping[name]["analyzer"] == analyzer
    assert mapping["title_suggest"] == {"type": "search_as_you_type", "analyzer": analyzer}
    assert mapping["title"]["fields"]["raw"] == {"type": "keyword"}
    for facet in ("kind", "service_areas", "municipalities", "contract_type", "status",
                  "sme_lots", "languages"):
        assert mapping[facet] == {"type": "keyword"}
    assert mapping["date"] == {"type": "date"}
    assert mapping["value"]["type"] == "scaled_float"


@override_settings(ELASTICSEARCH_INDEX_PREFIX="test-content")
def test_the_prefix_comes_from_the_settings():
    assert elastic.alias_name("sv") == "test-content-sv"


def test_bulk_actions_carry_the_document():
    [action] = list(elastic.index_actions([_item()]))
    assert action["_index"] == "portal-content-fi"
    assert action["_id"] == "page:7"
    source = action["_source"]
    assert source["title"] == source["title_suggest"] == "Kotihoidon tukipalvelut"
    assert source["municipalities"] == ["905", "598"]
    assert source["value"] == 1200000.5
    assert source["language"] == "fi" and source["kind"] == "tender"
    assert source["date"] == datetime.datetime(2027, 3, 1, tzinfo=datetime.UTC)


def test_a_rebuild_writes_into_the_new_index_not_the_alias():
    [action] = list(elastic.index_actions([_item()], index="portal-content-fi-2027"))
    assert action["_index"] == "portal-content-fi-2027"


def test_delete_actions():
    actions = list(elastic.delete_actions({"fi": ["page:1"], "sv": ["page:1"]}))
    assert actions == [
        {"_op_type": "delete", "_index": "portal-content-fi", "_id": "page:1"},
        {"_op_type": "delete", "_index": "portal-content-sv", "_id": "page:1"}]


def _body(query):
    return elastic.build_search(query)._s.to_dict()


def test_the_query_searches_the_weighted_fields_in_one_language():
    body = _body(SearchQuery(text="kotihoito vaasa", language="sv"))
    assert body["query"] == {"bool": {
        "filter": [{"term": {"language": "sv"}}],
        "must": [{"multi_match": {
            "query": "kotihoito vaasa",
            "fields": ["title^4", "title_suggest^2", "summary^2", "text"]}}]}}


def test_facets_are_aggregations_and_filters_post_filters():
    body = _body(SearchQuery(text="kotihoito", language="fi",
                             filters={"service_areas": ["home-care"],
                                      "municipalities": ["905", "598"]}))
    aggregations = body["aggs"]
    assert set(aggregations) == {"_filter_kind", "_filter_service_areas",
                                 "_filter_municipalities", "_filter_contract_type",
                                 "_filter_status", "_filter_sme_lots", "_filter_languages"}
    # A facet's counts are filtered by the other facets only (multi-select).
    service_area_filter = aggregations["_filter_service_areas"]["filter"]
    assert "home-care" not in str(service_area_filter)
    assert "905" in str(service_area_filter)
    assert aggregations["_filter_kind"]["aggs"]["kind"] == {
        "terms": {"field": "kind", "size": 100}}
    post_filter = str(body["post_filter"])
    assert "home-care" in post_filter and "905" in post_filter and "598" in post_filter


def test_highlighting_escapes_html_and_marks_matches():
    highlight = _body(SearchQuery(text="kotihoito", language="fi"))["highlight"]
    assert highlight["encoder"] == "html"
    assert highlight["pre_tags"] == ["<mark>"] and highlight["post_tags"] == ["</mark>"]
    assert set(highlight["fields"]) == {"summary", "text"}


def test_sorting_and_pages():
    by_date = _body(SearchQuery(text="kotihoito", language="fi", sort="date", page=3))
    assert by_date["sort"] == [{"date": {"order": "desc"}}]
    assert by_date["from"] == 40 and by_date["size"] == 20
    relevance = _body(SearchQuery(text="kotihoito", language="fi"))
    assert relevance["sort"] == ["_score", {"date": {"order": "desc"}}]


def test_did_you_mean_is_a_term_suggester():
    body = _body(SearchQuery(text="kotihoto", language="fi"))
    assert body["suggest"]["spelling"] == {
        "text": "kotihoto", "term": {"field": "text", "suggest_mode": "popular"}}
    assert "suggest" not in _body(SearchQuery(text="", language="fi"))


def test_an_empty_query_lists_everything_newest_first():
    body = _body(SearchQuery(text="", language="fi"))
    assert "multi_match" not in str(body["query"])
    assert body["sort"] == [{"date": {"order": "desc"}}]


@override_settings(ELASTICSEARCH_VOIKKO=True)
def test_finnish_uses_the_voikko_plugin_where_the_cluster_has_it():
    document = elastic.document_class("fi")
    mapping = document._doc_type.mapping.to_dict()["properties"]
    for name in ("title", "summary", "text"):
        assert mapping[name]["analyzer"] == "finnish_voikko"
    index = elastic.Index("portal-content-fi-test")
    index.document(document)
    analysis = index.to_dict()["settings"]["analysis"]
    assert analysis["analyzer"]["finnish_voikko"] == {
        "type": "custom", "tokenizer": "finnish", "filter": ["lowercase", "voikko_lemmas"]}
    assert analysis["filter"]["voikko_lemmas"] == {"type": "voikko"}
    # Swedish has no Voikko: the stock analyzer, whatever the setting.
    swedish = elastic.document_class("sv")._doc_type.mapping.to_dict()["properties"]
    assert swedish["text"]["analyzer"] == "swedish"
