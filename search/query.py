"""The engine-neutral question and answer: what views give the search service and get back."""

import datetime
from dataclasses import dataclass, field

from .items import FACETS

SORTS = ("relevance", "date")
PER_PAGE = 20


@dataclass
class SearchQuery:
    text: str
    language: str
    filters: dict = field(default_factory=dict)   # facet → [codes]: OR within, AND across
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    def __post_init__(self):
        self.text = " ".join(self.text.split())[:200]
        self.filters = {name: sorted(set(values)) for name, values in self.filters.items()
                        if name in FACETS and values}
        if self.sort not in SORTS:
            self.sort = "relevance"
        if not self.text and self.sort == "relevance":
            self.sort = "date"
        self.page = max(int(self.page), 1)

    @property
    def offset(self):
        return (self.page - 1) * self.per_page


@dataclass
class SearchHit:
    key: str
    kind: str
    title: str
    url: str
    summary: str = ""
    highlight: str = ""          # safe HTML: escaped text with <mark> around the matches
    date: datetime.datetime | None = None


@dataclass
class SearchResults:
    query: SearchQuery
    hits: list
    total: int
    facets: dict                  # facet → [(code, count)], counted without the facet's own filter
    suggestions: list = field(default_factory=list)
    engine: str = "database"
    degraded: bool = False        # Elasticsearch is configured but the database answered

    @property
    def pages(self):
        return max((self.total + self.query.per_page - 1) // self.query.per_page, 1)
