"""What the listings' filter forms share: how many filters a request has chosen, and the
query of a tab that narrows the list (rendered with Django's {% querystring %} tag)."""

from django.http import QueryDict


def active_filter_count(query, names):
    """The filter values chosen in `query` (a QueryDict) among the parameters `names` (the
    filter form's fields, without its sorting): each ticked box and each filled-in field
    counts once. The count is shown on the filters' disclosure control, which is closed on a
    phone, so that a visitor sees that the list is narrowed without opening it."""
    names = set(names)
    return sum(1 for name, values in query.lists() if name in names
               for value in values if value.strip())


def tab_params(query, name, value):
    """The parameters of a tab's link: the tab's own `name=value` first (none for the default
    tab, whose `value` is None), then the other parameters of `query` (a QueryDict), without
    the page, as a list starts again on its first page."""
    params = QueryDict(mutable=True)
    if value is not None:
        params[name] = value
    for key, values in query.lists():
        if key not in (name, "page"):
            params.setlist(key, values)
    return params
