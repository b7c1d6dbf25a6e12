"""The database engine: SearchEntry rows searched with PostgreSQL full-text search or SQLite
FTS5 over the terms core/text_analysis.py makes of each text, and facets counted by the ORM in
one query a search. A search is two queries (three where the language splits compounds against
the vocabulary): the facet counts, and the page of hits with their texts for the highlights.

Both databases hold the same analysed terms (lemmas from Voikko, Snowball stems, compound
parts) and a query is analysed the same way, so "laitoshoidossa" meets "Lastensuojelun
laitoshoito" on either: the database only matches whole terms, it does no stemming of its
own. Highlights are made here too, from the same analysis, so that what is marked is what
matched.
"""

import bisect
import html
import itertools
import re

from django.db import connection, transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Max, Q
from django.db.models.expressions import RawSQL

from portal.core import text_analysis as analysis

from ..items import ANALYZERS, FACETS
from ..models import SearchEntry, SearchFacetValue, SearchWord
from ..query import SearchHit, SearchResults

WORD = re.compile(r"\w+", re.UNICODE)
# How many letters of each typed word a suggestion's title must contain.
MIN_PREFIX = 4
DROPPED_LETTERS = {"fi": 3, "sv": 2, "en": 1}
# Highlights: fragments of this many words around the first matches.
FRAGMENT_WORDS = 24
FRAGMENTS = 2


def _prefix(word, language):
    keep = max(len(word) - DROPPED_LETTERS.get(language, 1), MIN_PREFIX)
    return word[:keep] if len(word) > keep else word


# --- The vocabulary compounds are split against ---------------------------------------------

# language → (database, highest SearchWord id seen, Vocabulary): each process keeps the
# vocabulary and reads only the words added since (one indexed MAX query a search that needs it).
_vocabularies = {}


def vocabulary(language):
    """The language's Vocabulary as the index holds it now."""
    alias = connection.settings_dict["NAME"]
    cached = _vocabularies.get(language)
    # The highest id of any language: the primary key's index answers it at once.
    newest = SearchWord.objects.aggregate(newest=Max("id"))["newest"] or 0
    if cached and cached[0] == alias and cached[1] == newest:
        return cached[2]
    if cached and cached[0] == alias and cached[1] < newest:
        known = cached[2].stems | set(SearchWord.objects.filter(
            language=language, id__gt=cached[1]).values_list("stem", flat=True))
    else:
        known = frozenset(SearchWord.objects.filter(language=language)
                          .values_list("stem", flat=True))
    result = analysis.Vocabulary(language, frozenset(known))
    _vocabularies[language] = (alias, newest, result)
    return result


def learn_words(items):
    """Add the stems of the items' words to the vocabulary of their languages."""
    by_language = {}
    for item in items:
        if analysis.uses_vocabulary(item.language):
            stems = by_language.setdefault(item.language, set())
            for word in analysis.words(f"{item.title} {item.summary} {item.text}"):
                if len(word) >= analysis.MIN_PART and not word.isdigit():
                    stems.add(analysis.stem(word.lower(), item.language))
    for language, stems in by_language.items():
        known = vocabulary(language).stems
        SearchWord.objects.bulk_create(
            [SearchWord(language=language, stem=stem[:100]) for stem in sorted(stems - known)],
            ignore_conflicts=True, batch_size=1000)


def entry_terms(language, title, summary, text, words=None):
    """(title_terms, summary_terms, text_terms) of one entry."""
    return tuple(analysis.index_terms(value, language, words)
                 for value in (title, summary, text))


def _vocabulary_for(language):
    return vocabulary(language) if analysis.uses_vocabulary(language) else None


def facet_pairs(item):
    """(facet, value) of the item, each value once, so that counting them counts entries."""
    return [(name, value) for name in FACETS for value in dict.fromkeys(item.facet_values(name))]


def facet_codes(item):
    """The item's facet values as the codes its entry's row keeps: "facet:value"."""
    return [f"{name}:{value}" for name, value in facet_pairs(item)]


def reanalyse(entries=None, batch_size=500):
    """Recompute the terms of the stored entries (after a rebuild has completed the
    vocabulary, or when the analyser changed: Voikko installed). Returns how many changed."""
    entries = SearchEntry.objects.all() if entries is None else entries
    changed = 0
    words = {}
    batch = []
    for entry in entries.only("pk", "language", "title", "summary", "text", "title_terms",
                              "summary_terms", "text_terms").order_by("pk").iterator(batch_size):
        if entry.language not in words:
            words[entry.language] = _vocabulary_for(entry.language)
        terms = entry_terms(entry.language, entry.title, entry.summary, entry.text,
                            words[entry.language])
        if terms != (entry.title_terms, entry.summary_terms, entry.text_terms):
            entry.title_terms, entry.summary_terms, entry.text_terms = terms
            batch.append(entry)
        if len(batch) >= batch_size:
            SearchEntry.objects.bulk_update(batch, ["title_terms", "summary_terms",
                                                    "text_terms"])
            changed += len(batch)
            batch = []
    if batch:
        SearchEntry.objects.bulk_update(batch, ["title_terms", "summary_terms", "text_terms"])
        changed += len(batch)
    return changed


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
        learn_words(items)
        words = {language: _vocabulary_for(language)
                 for language in {item.language for item in items}}
        entries = SearchEntry.objects.bulk_create([SearchEntry(
            key=item.key, language=item.language, kind=item.kind, title=item.title,
            text=item.text, summary=item.summary, url=item.url, date=item.date,
            value=item.value, config=ANALYZERS.get(item.language, "simple"),
            facet_codes=facet_codes(item),
            **dict(zip(("title_terms", "summary_terms", "text_terms"),
                       entry_terms(item.language, item.title, item.summary, item.text,
                                   words[item.language]), strict=True)),
        ) for item in items])
        if not all(entry.pk for entry in entries):  # backends that return no ids on insert
            by_key = dict(SearchEntry.objects.filter(key__in=[item.key for item in items])
                          .values_list("key", "pk"))
            for entry in entries:
                entry.pk = by_key[entry.key]
        SearchFacetValue.objects.bulk_create([
            SearchFacetValue(entry_id=entry.pk, language=item.language, facet=name, value=value)
            for entry, item in zip(entries, items, strict=True)
            for name, value in facet_pairs(item)])

    def remove(self, keys):
        SearchEntry.objects.filter(key__in=list(keys)).delete()

    def clear(self):
        SearchEntry.objects.all().delete()

    def reanalyse(self, languages=None):
        """Analyse the stored entries again (of `languages`, else all); how many changed."""
        entries = SearchEntry.objects.all()
        if languages is not None:
            entries = entries.filter(language__in=list(languages))
        return reanalyse(entries)

    def analyze(self):
        """Refresh PostgreSQL's statistics after a bulk load, so that the planner knows how
        many rows a word or a facet value selects (autovacuum would, later)."""
        if self._postgres():
            # VACUUM as well where it can run (outside a transaction): it marks the pages of
            # the new rows all-visible, so that counting facet values is an index-only scan
            # at once rather than after autovacuum's next round.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            with connection.cursor() as cursor:
                cursor.execute(f"{command} search_searchentry, search_searchfacetvalue")

    def keys(self):
        return set(SearchEntry.objects.values_list("key", flat=True))

    # --- Reading ---------------------------------------------------------------------------

    def search(self, query):
        entries = SearchEntry.objects.filter(language=query.language)
        matched = None  # the entries that match the text, when there is one
        if query.text:
            matched = self._matching(entries, query) if self._alternatives(query) \
                else entries.none()
        facets = self._facet_counts(query.language, matched, query.filters)
        entries = self._filtered(entries if matched is None else matched, query.language,
                                 query.filters)
        # Every entry has exactly one kind, so the kind facet's counts add up to the total
        # (of the chosen kinds, when kinds are filtered): no COUNT query needed.
        chosen = query.filters.get("kind")
        total = sum(count for value, count in facets["kind"] if not chosen or value in chosen)
        fields = ["pk", "key", "kind", "title", "url", "summary", "date"]
        if query.text:
            fields.append("text")  # for the highlights, read with the page's rows
        rows = list(self._ordered(entries, query).values(*fields)
                    [query.offset:query.offset + query.per_page])
        highlights = self._highlights(query, rows) if query.text else {}
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

    @staticmethod
    def _with_value(language, name, values):
        """The ids of the entries with one of `values` of facet `name`, as a subquery."""
        return SearchFacetValue.objects.filter(language=language, facet=name,
                                               value__in=values).values("entry_id")

    def _filtered(self, entries, language, filters):
        for name, values in filters.items():
            entries = entries.filter(pk__in=self._with_value(language, name, values))
        return entries

    def _facet_counts(self, language, matched, filters):
        """{facet: [(value, count)]} of the language's entries (of `matched` when not None)
        filtered by `filters`, in one query.

        Each facet is counted over the entries filtered by every other facet, so that
        choosing one value still shows how many the other values would give."""
        counts = {name: [] for name in FACETS}
        if matched is None:
            rows = self._counts_of_all(language, filters)
        elif matched.query.is_empty():
            rows = []
        else:
            rows = self._counts_of_matches(language, matched, filters)
        for facet, value, count in rows:
            counts[facet].append((value, count))
        for values in counts.values():
            values.sort(key=lambda pair: (-pair[1], pair[0]))
        return counts

    def _counts_of_all(self, language, filters):
        """Without a text, from the facet values' (language, facet, value, entry) index alone:
        the facets without a filter of their own together, each filtered facet apart, as
        one UNION ALL."""
        unfiltered = [name for name in FACETS if name not in filters]
        parts = [(unfiltered, filters)] if unfiltered else []
        parts += [([name], {other: values for other, values in filters.items()
                            if other != name})
                  for name in filters]
        querysets = []
        for names, others in parts:
            part = SearchFacetValue.objects.filter(language=language, facet__in=names)
            for name, values in others.items():
                part = part.filter(entry_id__in=self._with_value(language, name, values))
            querysets.append(part.values_list("facet", "value")
                             .annotate(count=Count("entry_id")).order_by())
        return querysets[0].union(*querysets[1:], all=True) if len(querysets) > 1 \
            else querysets[0]

    def _counts_of_matches(self, language, matched, filters):
        """With a text, from the rows of the entries found, read once (their facet_codes):
        joining their facet values' rows cost more than finding them. A code is counted when
        its entry has the values of every filter but the code's own facet's."""
        flags = {f"filter_{number}": ExpressionWrapper(
            Q(pk__in=self._with_value(language, name, values)), output_field=BooleanField())
            for number, (name, values) in enumerate(filters.items())}
        inner, params = matched.annotate(**flags).values("facet_codes", *flags) \
            .query.sql_with_params()
        # The SQL is this module's own and the ORM's; values go in as parameters.
        if self._postgres():
            code, codes = "codes.code", ("CROSS JOIN LATERAL jsonb_array_elements_text("
                                         "entry.facet_codes) AS codes(code)")
        else:
            code, codes = "codes.value", ", json_each(entry.facet_codes) AS codes"
        sql = f"SELECT {code}, COUNT(*) FROM ({inner}) AS entry {codes}"  # noqa: S608
        conditions, condition_params = [], []
        for flag, name in zip(flags, filters, strict=True):
            conditions.append(f"(substr({code}, 1, {len(name) + 1}) = %s OR entry.{flag})")
            condition_params.append(f"{name}:")
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += f" GROUP BY {code}"
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *condition_params])
            return [(*found.split(":", 1), count) for found, count in cursor.fetchall()]

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

    def _vocabulary(self, query):
        """The vocabulary of the query's language, read once a search (None: not used)."""
        if not hasattr(query, "_vocabulary"):
            query._vocabulary = _vocabulary_for(query.language)
        return query._vocabulary

    def _alternatives(self, query):
        """The query's words as alternatives of terms (core/text_analysis.py), once a query."""
        if getattr(query, "_alternatives", None) is None:
            words = self._vocabulary(query) \
                if any(len(word) >= 2 * analysis.MIN_PART for word in WORD.findall(query.text)) \
                else None
            query._alternatives = analysis.query_terms(query.text, query.language, words)
        return query._alternatives

    def _tsquery(self, query):
        """"('laitoshoito' | 'laitos' & 'hoito') & 'vaasa'" for PostgreSQL."""
        return " & ".join(
            "(" + " | ".join(" & ".join(f"'{term}'" for term in alternative)
                             for alternative in alternatives) + ")"
            for alternatives in self._alternatives(query))

    def _fts_query(self, query):
        """'("laitoshoito" OR ("laitos" AND "hoito")) AND "vaasa"' for SQLite FTS5."""
        return " AND ".join(
            "(" + " OR ".join("(" + " AND ".join(f'"{term}"' for term in alternative) + ")"
                              for alternative in alternatives) + ")"
            for alternatives in self._alternatives(query))

    def _matching(self, entries, query):
        """`entries` narrowed to those that match the query's text."""
        # The SQL is this module's own; the query's words go in as a parameter.
        if self._postgres():
            # A condition on the row itself (not "id IN (a subquery)"), so that the planner
            # answers it from the GIN index with the row's other conditions. The column is
            # not qualified: it stays right when the rows are a subquery (U0).
            return entries.filter(RawSQL(  # noqa: S611
                "search_vector @@ to_tsquery('simple', %s)", [self._tsquery(query)],
                output_field=BooleanField()))
        return entries.filter(pk__in=RawSQL(  # noqa: S611
            "SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s",
            [self._fts_query(query)]))

    def _rank_sql(self, query):
        if self._postgres():
            # Cover density (weights: title, summary, text), normalised by document length.
            return ("ts_rank_cd(search_vector, to_tsquery('simple', %s), 1)",
                    [self._tsquery(query)])
        # bm25 is lower for better matches; title counts ten times the text.
        return ("-(SELECT bm25(search_entry_fts, 10.0, 4.0, 1.0) FROM search_entry_fts "
                "WHERE search_entry_fts MATCH %s AND rowid = search_searchentry.id)",
                [self._fts_query(query)])

    def _highlights(self, query, rows):
        """Up to two fragments of each hit's summary and text with the words that match the
        query marked, as safe HTML; by the same analysis that matched them."""
        if not rows:
            return {}
        wanted = {term for alternatives in self._alternatives(query)
                  for alternative in alternatives for term in alternative}
        words = self._vocabulary(query)
        highlights = {}
        for row in rows:
            marked = highlight(f"{row['summary']} {row['text']}", wanted, query.language, words)
            if marked:
                highlights[row["pk"]] = marked
        return highlights


def highlight(text, wanted, language, words=None):
    """Fragments of `text` around the words whose terms are among `wanted`, marked."""
    tokens = _Words(text)
    matched, bounds = set(), []   # the matching words; each fragment's (first, last) word
    for index in _candidates(text, tokens, wanted):
        if len(bounds) == FRAGMENTS and index > bounds[-1][1]:
            break  # past the last fragment: what follows is never shown
        if not wanted.intersection(analysis.word_terms(tokens[index].group(), language, words)):
            continue
        matched.add(index)
        if bounds and index <= bounds[-1][1]:
            continue
        first = max(index - FRAGMENT_WORDS // 4, 0)
        bounds.append((first, tokens.last_of(first + FRAGMENT_WORDS)))
    fragments = []
    for first, last in bounds:
        # Escaped a stretch at a time (escaping is letter by letter, so the stretches add up
        # to the escaped fragment): a call per marked word, not two per word.
        pieces, position = [], tokens[first].start()
        for number in sorted(index for index in matched if first <= index <= last):
            token = tokens[number]
            pieces.append(html.escape(text[position:token.start()]))
            pieces.append(f"<mark>{html.escape(token.group())}</mark>")
            position = token.end()
        pieces.append(html.escape(text[position:tokens[last].end()]))
        fragments.append(("… " if first else "") + "".join(pieces))
    return " … ".join(fragments)


class _Words:
    """The words of a text (regular expression matches), found only as far as they are asked
    for: a text whose matches come early, or that has none, is never split to its end."""

    CHUNK = 64

    def __init__(self, text):
        self._found = WORD.finditer(text)
        self._tokens = []
        self.starts = []
        self._done = False

    def _more(self):
        chunk = list(itertools.islice(self._found, self.CHUNK))
        self._tokens.extend(chunk)
        self.starts.extend(token.start() for token in chunk)
        self._done = len(chunk) < self.CHUNK
        return bool(chunk)

    def __getitem__(self, index):
        while index >= len(self._tokens) and self._more():
            pass
        return self._tokens[index]

    def at(self, position):
        """The index of the word that `position` is in (None: between words)."""
        while not self._done and (not self.starts or self.starts[-1] <= position):
            self._more()
        index = bisect.bisect_right(self.starts, position) - 1
        return index if index >= 0 and position < self._tokens[index].end() else None

    def last_of(self, count):
        """The index of the last of the first `count` words (fewer if the text has fewer)."""
        while len(self._tokens) < count and not self._done and self._more():
            pass
        return min(count, len(self._tokens)) - 1

    def all(self):
        while not self._done and self._more():
            pass
        return self._tokens


def _candidates(text, tokens, wanted):
    """The indexes of the words that share the beginning of a wanted term (or of a compound's
    part) somewhere, in order: only these are analysed, so most words of a long text are
    never looked up. One regular expression finds them."""
    beginnings = {term[:3] for term in wanted}
    if not beginnings:
        return
    lowered = text.lower()
    if len(lowered) != len(text) or not all(beginnings):
        # Lower case changed the length (a rare letter) or a term is empty: word by word.
        for index, token in enumerate(tokens.all()):
            lower = token.group().lower()
            if any(beginning in lower for beginning in beginnings):
                yield index
        return
    pattern = re.compile("|".join(re.escape(beginning) for beginning in sorted(beginnings)))
    last = -1
    position = 0
    while found := pattern.search(lowered, position):
        # The word the beginning is in (none, if it is in the spaces or punctuation between
        # words); the word's other beginnings add nothing.
        index = tokens.at(found.start())
        if index is None:
            position = found.start() + 1
            continue
        if index > last:
            last = index
            yield index
        position = tokens[index].end()
