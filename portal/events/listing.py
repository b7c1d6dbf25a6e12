"""The public events list: coming or past, filters by type, language and format, queries.

Filters are plain GET parameters, so a filtered list is a link and works without JavaScript;
the page runs the same number of queries whatever the number of events.
"""

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from .enums import EventFormat, EventType
from .models import EventPage


class When:
    """The two views of the list: events still to come (or going on) and past ones."""

    COMING = "coming"
    PAST = "past"
    ALL = (COMING, PAST)


def coming(queryset, now=None):
    """Events that have not ended yet, the soonest first."""
    return queryset.filter(end__gte=now or timezone.now()).order_by("start", "pk")


def past(queryset, now=None):
    """Events that have ended, the latest first."""
    return queryset.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


def language_options():
    """(code, name in the visitor's language) of the portal's languages."""
    return [(code, get_language_info(code)["name_translated"]) for code, _name in
            settings.LANGUAGES]


class EventFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)


class EventFilter(django_filters.FilterSet):
    # No filter joins another table, so none needs DISTINCT.
    event_type = django_filters.MultipleChoiceFilter(
        choices=EventType.choices, label=_("Type"), widget=forms.CheckboxSelectMultiple,
        distinct=False)
    language = django_filters.MultipleChoiceFilter(
        method="filter_language", label=_("Language"), widget=forms.CheckboxSelectMultiple,
        distinct=False)
    event_format = django_filters.MultipleChoiceFilter(
        choices=EventFormat.choices, label=_("Format"), widget=forms.CheckboxSelectMultiple,
        distinct=False)

    class Meta:
        model = EventPage
        fields = []
        form = EventFilterForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = language_options()

    def filter_language(self, queryset, name, codes):
        """Events where any of the chosen languages is spoken.

        The languages are a JSON list of codes; matching the quoted code as text works on
        SQLite and PostgreSQL alike (JSON containment does not exist on SQLite).
        """
        if not codes:
            return queryset
        match = Q()
        for code in codes:
            match |= Q(languages__icontains=f'"{code}"')
        return queryset.filter(match)


# Long texts a listing never shows: leaving them out keeps the list cheap.
LISTING_DEFERRED = ("venue_accessibility", "search_description", "seo_title")


def for_listing(queryset):
    """Everything a listing shows, in one query."""
    return queryset.select_related("locale").defer_streamfields().defer(*LISTING_DEFERRED)
