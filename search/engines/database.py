"""The database engine: SearchEntry rows searched with PostgreSQL full-text search (each row
stemmed in its own language) or SQLite FTS5, and facets counted by the ORM.

Finnish words change their stem when inflected ("kotihoito", "kotihoidon": consonant
gradation), which PostgreSQL's Finnish snowball stemmer does not undo, and SQLite does not
stem at all. So each query word is also matched as a prefix: the stem (PostgreSQL) or the
word (SQLite) with its last letters dropped, "kotihoi*". That finds the inflected forms at
the cost of some precision, which the ranking (whole matches and titles first) makes up for.
"""

import re

from django.db import connection, transaction
from django.db.models import Count, F
from django.db.models.expressions import RawSQL
from django.utils.html import escape

from ..items import ANALYZERS, FACETS
from ..models import SearchEntry, SearchFacetValue
from ..query import SearchHit, SearchResults

WORD = re.compile(r"\w+", re.UNICODE)
MARK_START, MARK_END = "\x02", "\x03"
# How many letters a word keeps at least when it is widened to a prefix.
MIN_PREFIX = 4
# Finnish inflection changes the end of the stem (gradation, vowel changes): drop more.
DROPPED_LETTERS = {"fi": 3, "sv": 2, "en": 1}


def _prefix(word, language):
    keep = max(len(word) - DROPPED_LETTERS.get(language, 1), MIN_PREFIX)
    return word[:keep] if len(word) > keep else word


def marked_to_html(text):
    """Escape a database highlight and turn its markers into <mark>."""
    return escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


class DatabaseEngine:
    name = "database"

    # --- Writing ---------------------------------------------------------------------------

    @transaction.atomic
    def index(self, items):
        """Store or replace the items' rows and facet values."""
        items = list(items)
        if not items:
            return
        SearchEntry.objects.filter(key__in=[item.key for item in items]).delete()
        entries = SearchEntry.objects.bulk_create([SearchEntry(
            key=item.key, language=item.language, kind=item.kind, title=item.title,
            text=item.text, summary=item.summary, url=item.url, date=item.date,
            value=item.value, config=ANALYZERS.get(item.language, "simple"),
        ) for item in items])
        if not all(entry.pk for entry in entries):  # backends that return no ids on insert
            by_key = dict(SearchEntry.objects.filter(key__in=[item.key for item in items])
                          .values_list("key", "pk"))
            for entry in entries:
                entry.pk = by_key[entry.key]
        SearchFacetValue.objects.bulk_create([
            SearchFacetValue(entry_id=entry.pk, facet=name, value=value)
            for entry, item in zip(entries, items, strict=True)
            # Each value once, so that counting rows counts entries.
            for name in FACETS for value in dict.fromkeys(item.facet_values(name))])

    def remove(self, keys):
        SearchEntry.objects.filter(key__in=list(keys)).delete()

    def clear(self):
        SearchEntry.objects.all().delete()

    def analyze(self):
        """Refresh PostgreSQL's statistics after a bulk load, so that the planner knows how
        many rows a word or a facet value selects (autovacuum would, later)."""
        if self._postgres():
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE search_searchentry, search_searchfacetvalue")

    def keys(self):
        return set(SearchEntry.objects.values_list("key", flat=True))

    # --- Reading ---------------------------------------------------------------------------

    def search(self, query):
        entries = SearchEntry.objects.filter(language=query.language)
        if query.text:
            if not WORD.search(query.text):
                entries = entries.none()
            else:
                entries = entries.filter(pk__in=self._match(query))
        # Each facet is counted over the results filtered by every other facet, so that
        # choosing one value still shows how many the other values would give. The facets
        # without a filter of their own share one query; each filtered facet has its own.
        unfiltered = [name for name in FACETS if name not in query.filters]
        facets = self._facet_counts(self._filtered(entries, query.filters), unfiltered)
        for name in query.filters:
            others = {other: values for other, values in query.filters.items()
                      if other != name}
            facets.update(self._facet_counts(self._filtered(entries, others), [name]))
        entries = self._filtered(entries, query.filters)
        # Every entry has exactly one kind, so the kind facet's counts add up to the total
        # (of the chosen kinds, when kinds are filtered): no COUNT query needed.
        chosen = query.filters.get("kind")
        total = sum(count for value, count in facets["kind"] if not chosen or value in chosen)
        ordered = self._ordered(entries, query)
        rows = list(ordered.values("pk", "key", "kind", "title", "url", "summary", "date")
                    [query.offset:query.offset + query.per_page])
        highlights = self._highlights(query, [row["pk"] for row in rows]) if query.text else {}
        hits = [SearchHit(key=row["key"], kind=row["kind"], title=row["title"], url=row["url"],
                          summary=row["summary"], date=row["date"],
                          highlight=highlights.get(row["pk"], ""))
                for row in rows]
        return SearchResults(query=query, hits=hits, total=total, facets=facets,
                             suggestions=self.suggest(query.text, query.language)
                             if query.text and not total else [],
                             engine=self.name)

    def suggest(self, text, language, limit=5):
        """Titles that begin with, or contain a word beginning with, what was typed."""
        words = WORD.findall(text.lower())
        if not words:
            return []
        entries = SearchEntry.objects.filter(language=language)
        for word in words:
            entries = entries.filter(title__icontains=_prefix(word, language))
        return list(entries.order_by(F("date").desc(nulls_last=True))
                    .values_list("title", flat=True)[:limit])

    def _filtered(self, entries, filters):
        for name, values in filters.items():
            entries = entries.filter(pk__in=SearchFacetValue.objects.filter(
                facet=name, value__in=values).values("entry_id"))
        return entries

    def _facet_counts(self, entries, names):
        """{facet: [(value, count)]} for `names` over `entries`, in one query."""
        counts = {name: [] for name in names}
        if not names:
            return counts
        rows = SearchFacetValue.objects.filter(facet__in=names, entry__in=entries) \
            .values("facet", "value").annotate(count=Count("entry_id")) \
            .order_by("facet", "-count", "value")
        for row in rows:
            counts[row["facet"]].append((row["value"], row["count"]))
        return counts

    def _ordered(self, entries, query):
        newest = F("date").desc(nulls_last=True)
        if query.sort == "relevance" and query.text:
            rank_sql, params = self._rank_sql(query)
            # The SQL is this module's own; the query text goes in as a parameter.
            return entries.annotate(rank=RawSQL(rank_sql, params)).order_by(  # noqa: S611
                "-rank", newest, "pk")
        return entries.order_by(newest, "pk")

    # --- Per database ----------------------------------------------------------------------

    @staticmethod
    def _postgres():
        return connection.vendor == "postgresql"

    def _tsquery(self, query):
        """'kotihoi:* & vaasa:*' from the query's stems (PostgreSQL), computed once a query."""
        if getattr(query, "_tsquery", None) is None:
            query._tsquery = self._build_tsquery(query)
        return query._tsquery

    def _build_tsquery(self, query):
        config = ANALYZERS.get(query.language, "simple")
        with connection.cursor() as cursor:
            cursor.execute("SELECT lexeme FROM unnest(to_tsvector(%s::regconfig, %s))",
                           [config, query.text])
            stems = [row[0] for row in cursor.fetchall()]
        terms = []
        for stem in stems or [word.lower() for word in WORD.findall(query.text)]:
            prefix = _prefix(stem, query.language)
            terms.append("'" + prefix.replace("'", "''").replace("\\", "") + "':*")
        return " & ".join(terms)

    def _fts_query(self, query):
        """'"kotihoi"* AND "vaasa"*' for SQLite FTS5 (each word quoted: no FTS syntax)."""
        words = WORD.findall(query.text.lower())
        return " AND ".join('"' + _prefix(word, query.language).replace('"', "") + '"*'
                            for word in words)

    def _match(self, query):
        """The ids of the entries that match the query's text, as a subquery."""
        # The SQL is this module's own; the query's words go in as a parameter.
        if self._postgres():
            tsquery = self._tsquery(query)
            return RawSQL("SELECT id FROM search_searchentry "  # noqa: S611
                          "WHERE search_vector @@ to_tsquery('simple', %s)", [tsquery])
        return RawSQL("SELECT rowid FROM search_entry_fts "  # noqa: S611
                      "WHERE search_entry_fts MATCH %s", [self._fts_query(query)])

    def _rank_sql(self, query):
        if self._postgres():
            # Cover density (weights: title, summary, text), normalised by document length.
            return ("ts_rank_cd(search_searchentry.search_vector, to_tsquery('simple', %s), 1)",
                    [self._tsquery(query)])
        # bm25 is lower for better matches; title counts ten times the text.
        return ("-(SELECT bm25(search_entry_fts, 10.0, 4.0, 1.0) FROM search_entry_fts "
                "WHERE search_entry_fts MATCH %s AND rowid = search_searchentry.id)",
                [self._fts_query(query)])

    def _highlights(self, query, pks):
        if not pks:
            return {}
        placeholders = ", ".join(["%s"] * len(pks))
        with connection.cursor() as cursor:
            if self._postgres():
                options = (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, "
                           "MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"")
                sql = ("SELECT id, ts_headline(config::regconfig, summary || ' ' || text, "  # noqa: S608  (only placeholders are formatted in)
                       f"to_tsquery('simple', %s), %s) FROM search_searchentry "
                       f"WHERE id IN ({placeholders})")
                cursor.execute(sql, [self._tsquery(query), options, *pks])
            else:
                sql = ("SELECT rowid, snippet(search_entry_fts, -1, %s, %s, ' … ', 24) "  # noqa: S608  (only placeholders are formatted in)
                       "FROM search_entry_fts "
                       f"WHERE search_entry_fts MATCH %s AND rowid IN ({placeholders})")
                cursor.execute(sql, [MARK_START, MARK_END, self._fts_query(query), *pks])
            rows = cursor.fetchall()
        return {pk: marked_to_html(text) for pk, text in rows
                if text and MARK_START in text}
