"""What the listings' filter forms share: how many filters a request has chosen."""


def active_filter_count(query, names):
    """The filter values chosen in `query` (a QueryDict) among the parameters `names` (the
    filter form's fields, without its sorting): each ticked box and each filled-in field
    counts once. The count is shown on the filters' disclosure control, which is closed on a
    phone, so that a visitor sees that the list is narrowed without opening it."""
    names = set(names)
    return sum(1 for name, values in query.lists() if name in names
               for value in values if value.strip())
