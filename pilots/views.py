"""The public list of pilot calls: open, coming and closed calls, filtered by service area
and municipality."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone

from portal.core.filters import active_filter_count, tab_params

from .enums import CallPhase
from .listing import PHASES, CallFilter, for_listing, in_phase, phase_counts
from .presenters import describe, phase_label

CALLS_PER_PAGE = 20



def call_list(request, index_page):
    now = timezone.now()
    phase = request.GET.get("phase")
    phase = phase if phase in PHASES else CallPhase.OPEN
    call_filter = CallFilter(request.GET or None, queryset=index_page.calls(),
                             language=index_page.locale.language_code)
    # The filters are checkboxes: an unknown value is explained in the form rather than
    # silently ignored.
    if call_filter.is_bound and not call_filter.is_valid():
        queryset = index_page.calls().none()
        filters_invalid = True
    else:
        queryset = call_filter.qs
        filters_invalid = False
    counts = dict.fromkeys(PHASES, 0) if filters_invalid else phase_counts(queryset, now)
    paginator = Paginator(for_listing(in_phase(queryset, phase, now)), CALLS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(request, index_page.template, {
        **index_page.get_context(request),
        "filter": call_filter,
        "filters_invalid": filters_invalid,
        "phase": phase,
        "tabs": [
            {"phase": name, "label": phase_label(name), "count": counts[name],
             "params": tab_params(request.GET, "phase",
                                  None if name == CallPhase.OPEN else name),
             "current": name == phase}
            for name in PHASES
        ],
        "calls": [describe(call, request, now) for call in page.object_list],
        "page_obj": page,
        "result_count": paginator.count,
        "is_filtered": bool(set(request.GET) - {"page", "phase"}),
        "filter_count": active_filter_count(request.GET, call_filter.form.fields),
    })
