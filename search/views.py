"""The search page: a query, facets with counts, removable filters, sorting and pages, all in
the URL (so it works without JavaScript and can be shared), in the visitor's language."""

from urllib.parse import urlencode

from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import service
from .items import FACETS
from .labels import facet_labels
from .query import SORTS, SearchQuery

MAX_PAGE = 500


def _int(value, default=1):
    try:
        return min(max(int(value), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return default


def _query_string(params):
    return urlencode([(name, value) for name, values in params.items() for value in values])


# Where the alert form takes each facet (suppliers/alerts/forms.py initial_from_calendar).
ALERT_PARAMETERS = {"service_areas": "service_area", "municipalities": "municipality",
                    "contract_type": "contract_type"}


@require_GET
def search_page(request):
    language = get_language()
    text = request.GET.get("q", "")
    filters = {name: [value for value in request.GET.getlist(name) if value][:20]
               for name in FACETS}
    sort = request.GET.get("sort", "")
    query = SearchQuery(text=text, language=language, filters=filters,
                        sort=sort if sort in SORTS else "relevance",
                        page=_int(request.GET.get("page")))
    searched = bool(query.text or query.filters)
    results = service.search(query) if searched else None

    labels = facet_labels(language)
    for hit in results.hits if results else []:
        hit.kind_label = labels["kind"].get(hit.kind, "")
    base = {"q": [query.text]} if query.text else {}
    if query.sort != "relevance" and query.text:
        base["sort"] = [query.sort]
    current = {**base, **query.filters}

    def url_without(name, value):
        params = {key: [v for v in values if not (key == name and v == value)]
                  for key, values in current.items()}
        return "?" + _query_string(params)

    active = [{"facet": FACETS[name], "label": labels[name].get(value, value),
               "remove_url": url_without(name, value)}
              for name, values in query.filters.items() for value in values]
    facets = []
    if results is not None:
        for name, heading in FACETS.items():
            counts = dict(results.facets.get(name, []))
            selected = query.filters.get(name, [])
            options = [{"value": value, "label": labels[name].get(value, value),
                        "count": counts.get(value, 0), "selected": value in selected}
                       for value in {*counts, *selected}]
            options.sort(key=lambda option: (-option["count"], str(option["label"])))
            if options:
                facets.append({"name": name, "heading": heading, "options": options})
    alert_params = {ALERT_PARAMETERS[name]: values for name, values in query.filters.items()
                    if name in ALERT_PARAMETERS}
    if query.text:
        alert_params["keywords"] = [query.text]
    sort_links = [{"sort": name, "current": name == query.sort,
                   "url": "?" + _query_string({**current, "sort": [name]})}
                  for name in SORTS] if query.text else []
    response = render(request, "search/search.html", {
        "query": query, "results": results, "searched": searched, "facets": facets,
        "active_filters": active,
        "clear_filters_url": "?" + _query_string(base),
        "page_params": QueryDict(_query_string(current)),
        "sort_links": sort_links,
        "alert_url": reverse("suppliers:alerts:create") + "?" + _query_string(alert_params),
        "page_obj": _PageInfo(query.page, results.pages if results else 1),
    })
    if results is not None and getattr(results, "degraded", False):
        # Reduced mode while Elasticsearch is down: no cache may keep these results for
        # longer than the outage (portal.core.page_cache keeps only what it may).
        add_never_cache_headers(response)
    return response


class _PageInfo:
    """What the shared pagination template reads from a Django Page."""

    def __init__(self, number, num_pages):
        self.number = number
        self.paginator = type("Paginator", (), {"num_pages": num_pages})

    def has_other_pages(self):
        return self.paginator.num_pages > 1

    def has_previous(self):
        return self.number > 1

    def has_next(self):
        return self.number < self.paginator.num_pages

    def previous_page_number(self):
        return self.number - 1

    def next_page_number(self):
        return self.number + 1
