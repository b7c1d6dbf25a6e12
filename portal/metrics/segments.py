"""Segments: the spans between the Helsinki midnights that start and end the periods being
evaluated, plus one segment for everything before the first period.

A collector puts every record into its segment with one CASE expression (`bucket`) inside a
grouped query, so the number of queries does not depend on the data, and a period's value is
the sum over the segments that make it up (`within`, `up_to_end`).
"""

import datetime
from collections import defaultdict

from django.db.models import Case, IntegerField, Value, When

from portal.core.dates import HELSINKI

BEFORE = -1  # the segment of everything before the first period


class Segments:
    """The spans between the periods' edges; index -1 is everything before the first edge."""

    def __init__(self, periods):
        self.periods = list(periods)
        self.edges = sorted({p.start for p in self.periods} | {p.end for p in self.periods})
        self.datetimes = [datetime.datetime.combine(edge, datetime.time(), tzinfo=HELSINKI)
                          for edge in self.edges]
        self.count = len(self.edges) - 1

    def bound(self, index, dates=False):
        return self.edges[index] if dates else self.datetimes[index]

    def first(self, dates=False):
        return self.bound(0, dates)

    def last(self, dates=False):
        return self.bound(-1, dates)

    def bucket(self, field_name, dates=False, default=None):
        """A CASE expression giving the segment a value falls in (`default` after the last
        edge or when the value is null)."""
        bounds = self.edges if dates else self.datetimes
        whens = [When(**{f"{field_name}__lt": bound}, then=Value(index - 1))
                 for index, bound in enumerate(bounds)]
        return Case(*whens, default=Value(default), output_field=IntegerField())

    def within(self, period):
        """Indexes of the segments that make up a period."""
        return [index for index in range(self.count)
                if period.start <= self.edges[index] and self.edges[index + 1] <= period.end]

    def up_to_end(self, period):
        """Indexes of every segment before the period's end (for totals at its end)."""
        return [BEFORE] + [index for index in range(self.count)
                           if self.edges[index + 1] <= period.end]


def by_segment(counter):
    """A Counter keyed (segment, *rest) as {segment: [(rest, value)]}, so that each period
    reads only its own segments (`within`): segment_sum reads the whole counter for each
    period, which adds up when the counter is large and the periods many."""
    grouped = defaultdict(list)
    for (segment, *rest), value in counter.items():
        grouped[segment].append((tuple(rest), value))
    return grouped


def within(grouped, segments):
    """[(rest, value)] of the given segments from by_segment()."""
    return [item for segment in segments for item in grouped.get(segment, ())]


def segment_sum(counter, segments, key=None):
    """The sum of a Counter keyed (segment, *rest) over the given segments, optionally only
    where key(*rest) holds."""
    return sum(value for (segment, *rest), value in counter.items()
               if segment in segments and (key is None or key(*rest)))
