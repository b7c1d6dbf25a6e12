"""The Elasticsearch 8 engine, through elasticsearch-dsl (elasticsearch.dsl of the 8.x client).

Each language's text is analysed by the cluster's equivalent of core/text_analysis.py: the stock
"swedish" and "english" analyzers (Snowball stemmers, as the database uses), and for Finnish
either the stock "finnish" (Snowball: the database's fallback) or, with ELASTICSEARCH_VOIKKO on
a cluster that has the Voikko analysis plugin, its "finnish" tokenizer and "voikko" filter
(lemmas and compound parts, as the database makes with libvoikko). The stock Swedish analyzer
does not split compounds; the database's vocabulary splitting has no counterpart here.

One index per language, each with its language's analyzer, reached through an alias
("<prefix>-fi" …). A full rebuild fills a new index and then moves the alias in one atomic
call, so searches never see a half-built index. Facets are terms aggregations; the facet
filters are post-filters, so each facet's counts ignore its own selection (multi-select).
"""

import datetime
import logging

from django.conf import settings
from elasticsearch import helpers
from elasticsearch.dsl import (
    Date,
    Document,
    FacetedSearch,
    Index,
    Keyword,
    ScaledFloat,
    SearchAsYouType,
    TermsFacet,
    Text,
    analyzer,
    token_filter,
)

from ..health import elasticsearch_client
from ..items import ANALYZERS, FACETS
from ..query import SearchHit, SearchResults

logger = logging.getLogger("search")

BULK_CHUNK = 500


def alias_name(language):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


def text_analyzer(language):
    """The analyzer of a language's text fields: a stock one's name, or a custom analyzer
    (which the index's settings then define)."""
    if language == "fi" and settings.ELASTICSEARCH_VOIKKO:
        return analyzer("finnish_voikko", tokenizer="finnish",
                        filter=["lowercase", token_filter("voikko_lemmas", type="voikko")])
    return ANALYZERS[language]


def document_class(language):
    """The Document of one language's index: text analysed in that language, facets as
    keywords, the title also as search_as_you_type for suggestions."""
    text_analysis = text_analyzer(language)

    class ContentDocument(Document):
        kind = Keyword()
        language = Keyword()
        title = Text(analyzer=text_analysis, fields={"raw": Keyword()})
        title_suggest = SearchAsYouType(analyzer=text_analysis)
        summary = Text(analyzer=text_analysis)
        text = Text(analyzer=text_analysis)
        url = Keyword(index=False)
        date = Date()
        value = ScaledFloat(scaling_factor=100)
        service_areas = Keyword()
        municipalities = Keyword()
        contract_type = Keyword()
        status = Keyword()
        sme_lots = Keyword()
        languages = Keyword()

        class Index:
            name = alias_name(language)
            settings = {"number_of_shards": 1, "number_of_replicas": 0}

    ContentDocument.__name__ = f"ContentDocument_{language}"
    return ContentDocument


def document_for(item):
    document = document_class(item.language)(
        meta={"id": item.key}, kind=item.kind, language=item.language, title=item.title,
        title_suggest=item.title, summary=item.summary, text=item.text, url=item.url,
        date=item.date, value=float(item.value) if item.value is not None else None,
        **{name: item.facet_values(name) for name in FACETS if name != "kind"})
    return document


def index_actions(items, index=None):
    """The bulk actions that index `items` (into `index`, else each language's alias)."""
    for item in items:
        action = document_for(item).to_dict(include_meta=True)
        action["_index"] = index or alias_name(item.language)
        yield action


def delete_actions(keys_by_language):
    for language, keys in keys_by_language.items():
        for key in keys:
            yield {"_op_type": "delete", "_index": alias_name(language), "_id": key}


def faceted_search_class(language, client=None):
    class ContentSearch(FacetedSearch):
        index = alias_name(language)
        using = client or "default"
        fields = ["title^4", "title_suggest^2", "summary^2", "text"]
        facets = {name: TermsFacet(field=name, size=100) for name in FACETS}

        def highlight(self, search):
            return search.highlight_options(
                encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"],
                fragment_size=160, number_of_fragments=2,
            ).highlight("summary", "text")

        def search(self):
            # Searches never cross languages, even if indices are ever shared.
            return super().search().filter("term", language=language)

        def query(self, search, query):
            search = super().query(search, query)
            if query:
                # "Did you mean": the most frequent spelling near each word of the query.
                search = search.suggest("spelling", query,
                                        term={"field": "text", "suggest_mode": "popular"})
            return search

    return ContentSearch


def build_search(query, client=None):
    """The FacetedSearch for a SearchQuery, with its page, sort and spelling suggester."""
    sort = ["-date"] if query.sort == "date" else ["_score", "-date"]
    faceted = faceted_search_class(query.language, client)(
        query.text or None, filters=query.filters, sort=sort)
    return faceted[query.offset:query.offset + query.per_page]


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, client=None):
        self.client = client or elasticsearch_client()

    # --- Writing ---------------------------------------------------------------------------

    def index(self, items):
        items = list(items)
        if items:
            helpers.bulk(self.client, index_actions(items), chunk_size=BULK_CHUNK,
                         refresh="wait_for" if settings.ELASTICSEARCH_REFRESH else False)

    def remove(self, keys):
        keys = list(keys)
        if not keys:
            return
        by_language = dict.fromkeys(ANALYZERS, keys)
        helpers.bulk(self.client, delete_actions(by_language), raise_on_error=False,
                     refresh="wait_for" if settings.ELASTICSEARCH_REFRESH else False)

    def keys(self):
        found = set()
        for language in ANALYZERS:
            if not self.client.indices.exists_alias(name=alias_name(language)):
                continue
            for hit in helpers.scan(self.client, index=alias_name(language),
                                    query={"query": {"match_all": {}}}, _source=False):
                found.add(hit["_id"])
        return found

    def rebuild(self, items_by_batch, *, out=None):
        """Fill a new index per language from the batches, then move each alias to it and
        drop the old indices. Returns the number of documents per language."""
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        new = {language: f"{alias_name(language)}-{stamp}" for language in ANALYZERS}
        for language, name in new.items():
            index = Index(name, using=self.client)
            index.document(document_class(language))
            index.settings(number_of_shards=1, number_of_replicas=0)
            index.create()
        counts = dict.fromkeys(ANALYZERS, 0)
        for items in items_by_batch:
            for language, name in new.items():
                batch = [item for item in items if item.language == language]
                if batch:
                    helpers.bulk(self.client, index_actions(batch, index=name),
                                 chunk_size=BULK_CHUNK)
                    counts[language] += len(batch)
            if out is not None:
                out(sum(counts.values()))
        for language, name in new.items():
            alias = alias_name(language)
            old = list(self.client.indices.get_alias(name=alias).keys()) \
                if self.client.indices.exists_alias(name=alias) else []
            if self.client.indices.exists(index=alias) and not old:
                # An index (not an alias) took the alias's name: move it out of the way.
                self.client.indices.delete(index=alias)
            actions = [{"remove": {"index": index, "alias": alias}} for index in old]
            actions.append({"add": {"index": name, "alias": alias}})
            self.client.indices.refresh(index=name)
            self.client.indices.update_aliases(actions=actions)
            for index in old:
                self.client.indices.delete(index=index)
        return counts

    # --- Reading ---------------------------------------------------------------------------

    def search(self, query):
        response = build_search(query, self.client).execute()
        hits = []
        for hit in response:
            highlight = getattr(hit.meta, "highlight", None)
            fragments = []
            if highlight is not None:
                for name in ("summary", "text"):
                    fragments += list(getattr(highlight, name, []))
            hits.append(SearchHit(
                key=hit.meta.id, kind=hit.kind, title=hit.title, url=hit.url,
                summary=getattr(hit, "summary", ""), highlight=" … ".join(fragments[:2]),
                date=getattr(hit, "date", None)))
        facets = {name: [(value, count) for value, count, _selected in
                         response.facets[name]] for name in FACETS}
        suggestions = []
        suggest = getattr(response, "suggest", None)
        if suggest is not None and not response.hits.total.value:
            words = []
            for entry in suggest.spelling:
                options = list(entry.options)
                words.append(options[0].text if options else entry.text)
            corrected = " ".join(words)
            if corrected.lower() != query.text.lower():
                suggestions.append(corrected)
        return SearchResults(query=query, hits=hits, total=response.hits.total.value,
                             facets=facets, suggestions=suggestions, engine=self.name)

    def suggest(self, text, language, limit=5):
        """Titles as one types them (search_as_you_type's bool_prefix)."""
        search = document_class(language).search(using=self.client).query(
            "multi_match", query=text, type="bool_prefix",
            fields=["title_suggest", "title_suggest._2gram", "title_suggest._3gram"],
        ).source(["title"])[:limit]
        return [hit.title for hit in search.execute()]
