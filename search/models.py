"""The database engine's index, and the changes Elasticsearch has still to receive.

SearchEntry is one SearchItem as a row, with its title, summary and text also as the terms
core/text_analysis.py makes of them (lemmas, stems, compound parts). The terms are searched with
PostgreSQL full-text search (a tsvector kept by a trigger) or with SQLite's FTS5 (a virtual
table kept by triggers); see the migrations. Facet values are rows of their own (filtering,
and counting when there is no text to match) and codes in the entry's row (counting the
entries a text finds). SearchWord is the vocabulary compounds are split against.
"""

from django.db import models


class SearchEntry(models.Model):
    key = models.CharField(max_length=100)
    language = models.CharField(max_length=8)
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=500)
    text = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateTimeField(null=True)
    value = models.DecimalField(max_digits=14, decimal_places=2, null=True)
    # The PostgreSQL text-search configuration of the row's language ("finnish" …): what
    # Elasticsearch's analyzer is named; the database searches the analysed terms below.
    config = models.CharField(max_length=20)
    # The fields' terms (core/text_analysis.py), which the full-text indexes hold.
    title_terms = models.TextField(blank=True, default="")
    summary_terms = models.TextField(blank=True, default="")
    text_terms = models.TextField(blank=True, default="")
    # The facet values ("facet:value", as SearchFacetValue has them): a text search counts
    # the facets of the entries it finds from their rows, without a join.
    facet_codes = models.JSONField(default=list, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key"], name="one_search_entry_a_key")]
        indexes = [models.Index(fields=["language", "kind"]),
                   models.Index(fields=["language", "date"])]

    def __str__(self):
        return self.key


class SearchFacetValue(models.Model):
    # No index of its own: the second composite index below starts with it.
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facet_values",
                              db_index=False)
    # The entry's language, here too: a search counts and filters the values of one language
    # from these rows' indexes alone, without reading every entry of the language.
    language = models.CharField(max_length=8)
    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=60)

    class Meta:
        indexes = [
            # Filtering and counting: a language's entries with a facet value, the counts of
            # a facet's values (index-only scans).
            models.Index(fields=["language", "facet", "value", "entry"],
                         name="search_language_facet_value"),
            # Counting over the entries found: the values of each (an index-only scan).
            models.Index(fields=["entry", "facet", "value"], name="search_entry_facet_value"),
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"


class SearchWord(models.Model):
    """A stem that occurs in the indexed texts of a language: the dictionary that compounds
    are split against (rows are only added; ids grow, so a process sees what is new)."""

    language = models.CharField(max_length=8)
    stem = models.CharField(max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "stem"],
                                               name="one_search_word_a_language")]

    def __str__(self):
        return f"{self.language}:{self.stem}"


class PendingIndexChange(models.Model):
    """A key Elasticsearch missed while it was down: `search_index catch-up` sends it."""

    key = models.CharField(max_length=100, unique=True)
    noted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.key
