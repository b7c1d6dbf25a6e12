"""The public calendar's filters, sorting and queries.

Filters are plain GET parameters, so a filtered list is a link and works without JavaScript;
the page runs the same number of queries whatever the number of tenders.
"""

import django_filters
from django import forms
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.filters import with_any_term
from portal.taxonomy.labels import options

from .enums import Sorting, TenderStatus
from .models import Lot, TenderPage, sme_threshold


class TenderFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    def clean_sort(self):
        # An unknown sort order is not worth an error: fall back to the default.
        return self.cleaned_data.get("sort") or ""

    def clean(self):
        cleaned_data = super().clean()
        low, high = cleaned_data.get("value_min"), cleaned_data.get("value_max")
        if low is not None and high is not None and low > high:
            self.add_error("value_max", _("The upper value must not be below the lower one."))
        start, end = cleaned_data.get("published_from"), cleaned_data.get("published_to")
        if start and end and start > end:
            self.add_error("published_to", _("The end date must not be before the start date."))
        return cleaned_data


class TenderFilter(django_filters.FilterSet):
    service_area = django_filters.MultipleChoiceFilter(
        method="filter_terms", field_name="service_areas", label=_("Service area"),
        widget=forms.CheckboxSelectMultiple)
    municipality = django_filters.MultipleChoiceFilter(
        method="filter_terms", field_name="municipalities", label=_("Municipality"),
        widget=forms.CheckboxSelectMultiple)
    contract_type = django_filters.MultipleChoiceFilter(
        field_name="contract_type__code", label=_("Contract type"),
        widget=forms.CheckboxSelectMultiple)
    status = django_filters.MultipleChoiceFilter(
        choices=TenderStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple)
    cpv = django_filters.ChoiceFilter(method="filter_cpv", label=_("CPV code"),
                                      empty_label=_("All CPV codes"))
    value_min = django_filters.NumberFilter(method="filter_value_min",
                                            label=_("Value at least (EUR)"), min_value=0)
    value_max = django_filters.NumberFilter(method="filter_value_max",
                                            label=_("Value at most (EUR)"), min_value=0)
    sme = django_filters.BooleanFilter(
        method="filter_sme", label=_("Only tenders with SME-sized lots"),
        widget=forms.CheckboxInput)
    # A publication known by month or quarter lasts until the end of it (planned_publication_end).
    published_from = django_filters.DateFilter(
        field_name="planned_publication_end", lookup_expr="gte", label=_("Published from"),
        widget=forms.DateInput(attrs={"type": "date"}))
    published_to = django_filters.DateFilter(
        field_name="planned_publication", lookup_expr="lte", label=_("Published by"),
        widget=forms.DateInput(attrs={"type": "date"}))
    sort = django_filters.ChoiceFilter(
        method="sort_tenders", choices=Sorting.choices, label=_("Sort by"), empty_label=None)

    class Meta:
        model = TenderPage
        fields = []
        form = TenderFilterForm

    def __init__(self, data=None, *args, language, **kwargs):
        if data is not None and data.get("sort") not in {"", None, *Sorting.values}:
            data = data.copy()
            data.pop("sort")
        super().__init__(data, *args, **kwargs)
        self.filters["service_area"].extra["choices"] = options(language, "service_area")
        self.filters["municipality"].extra["choices"] = options(language, "municipality")
        self.filters["contract_type"].extra["choices"] = options(language, "contract_type")
        self.filters["cpv"].extra["choices"] = [
            (code, f"{code} {name}") for code, name in options(language, "cpv")
        ]

    @property
    def qs(self):
        queryset = super().qs
        # The sort filter only runs when the parameter is given; sort by default otherwise.
        if not self.is_bound or not self.form.cleaned_data.get("sort"):
            queryset = self.sort_tenders(queryset, "sort", Sorting.PUBLICATION)
        return queryset

    def filter_terms(self, queryset, name, codes):
        """Tenders with any of the chosen terms."""
        return with_any_term(queryset, name, codes) if codes else queryset

    def filter_cpv(self, queryset, name, code):
        """The code and everything under it in the CPV hierarchy (trailing zeros = level)."""
        return with_any_term(queryset, "cpv_codes", code.rstrip("0") or code,
                             lookup="startswith")

    def _value_high(self):
        return Coalesce(F("value_max"), F("value_min"))

    def filter_value_min(self, queryset, name, amount):
        # Hidden values cannot be searched by, or a filter would reveal them.
        return queryset.alias(value_high=self._value_high()).filter(
            value_is_public=True, value_high__gte=amount)

    def filter_value_max(self, queryset, name, amount):
        return queryset.filter(value_is_public=True, value_min__lte=amount)

    def filter_sme(self, queryset, name, only_sme):
        if not only_sme:
            return queryset
        sme_lots = Lot.objects.filter(tender=OuterRef("pk")).filter(
            Q(sme_override=True) | Q(annual_value__lte=sme_threshold()))
        return queryset.filter(Exists(sme_lots))

    def sort_tenders(self, queryset, name, sorting):
        now = timezone.now()
        if sorting == Sorting.NEWEST:
            return queryset.order_by("-first_published_at", "-pk")
        if sorting == Sorting.DEADLINE:
            deadline = Coalesce(F("interest_deadline"), F("tender_deadline"))
            return queryset.alias(
                deadline=deadline,
                passed=Case(When(deadline__gte=now, then=Value(0)), default=Value(1),
                            output_field=IntegerField()),
            ).order_by("passed", F("deadline").asc(nulls_last=True), "pk")
        # Soonest publication, among the tenders a provider can still take part in first
        # (those open for tenders lead: their notice is out already); finished ones last.
        # The order of the index tender_calendar_order, so a page is read, not sorted.
        return queryset.order_by("taking_part_over",
                                 F("planned_publication").asc(nulls_last=True), "pk")


# Long texts a listing never shows: leaving them out keeps sorting thousands of rows cheap.
LISTING_DEFERRED = ("sme_notes", "status_note", "search_description", "seo_title",
                    *(f"contract_type__description_{language}" for language in ("fi", "sv", "en")))


def with_relations(queryset, cpv=False):
    """Everything a listing shows, in a fixed number of queries (CPV codes when asked)."""
    related = ["service_areas", "municipalities", "lots", *(["cpv_codes"] if cpv else [])]
    return (
        queryset.select_related("contract_type", "locale")
        .defer_streamfields().defer(*LISTING_DEFERRED)
        .prefetch_related(*related)
    )
