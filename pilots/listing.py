"""The public list of pilot calls: open, coming and closed calls, filters, queries.

Filters are plain GET parameters, so a filtered list is a link and works without JavaScript;
the page runs the same number of queries whatever the number of calls.
"""

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.filters import with_any_term
from portal.taxonomy.labels import options

from .enums import CallPhase
from .models import PilotCallPage

# The three groups of the list, in the order of its tabs.
PHASES = (CallPhase.OPEN, CallPhase.COMING, CallPhase.CLOSED)


def _conditions(now):
    return {
        CallPhase.OPEN: Q(opens__lte=now, deadline__gt=now),
        CallPhase.COMING: Q(opens__gt=now),
        CallPhase.CLOSED: Q(deadline__lte=now),
    }


# Open calls by the deadline soonest first, coming ones by when they open, closed ones the
# latest closed first.
ORDERING = {
    CallPhase.OPEN: ("deadline", "pk"),
    CallPhase.COMING: ("opens", "pk"),
    CallPhase.CLOSED: ("-deadline", "-pk"),
}


def in_phase(queryset, phase, now=None):
    """The calls of one group, in the group's order."""
    now = now or timezone.now()
    return queryset.filter(_conditions(now)[phase]).order_by(*ORDERING[phase])


def phase_counts(queryset, now=None):
    """{phase: number of calls}, in one query."""
    now = now or timezone.now()
    return queryset.aggregate(**{phase: Count("pk", filter=condition)
                                 for phase, condition in _conditions(now).items()})


class CallFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)


class CallFilter(django_filters.FilterSet):
    service_area = django_filters.MultipleChoiceFilter(
        method="filter_terms", field_name="service_areas", label=_("Service area"),
        widget=forms.CheckboxSelectMultiple)
    municipality = django_filters.MultipleChoiceFilter(
        method="filter_terms", field_name="municipalities", label=_("Municipality"),
        widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = PilotCallPage
        fields = []
        form = CallFilterForm

    def __init__(self, data=None, *args, language, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.filters["service_area"].extra["choices"] = options(language, "service_area")
        self.filters["municipality"].extra["choices"] = options(language, "municipality")

    def filter_terms(self, queryset, name, codes):
        """Calls with any of the chosen terms."""
        return with_any_term(queryset, name, codes) if codes else queryset


# Long texts a listing never shows: leaving them out keeps the list cheap.
LISTING_DEFERRED = ("goals", "eligibility", "funding", "search_description", "seo_title")


def for_listing(queryset):
    """Everything a listing shows, in a fixed number of queries."""
    return (queryset.select_related("locale").defer_streamfields().defer(*LISTING_DEFERRED)
            .prefetch_related("service_areas", "municipalities"))
