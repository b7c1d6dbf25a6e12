"""What the listings share: the count of chosen filters shown on the filters control, the
parameters of a tab's link."""

from django.http import QueryDict

from portal.core.filters import active_filter_count, tab_params


def test_each_ticked_box_and_filled_field_counts_once():
    query = QueryDict("status=open&status=planned&sme=on&q=kotihoito&value_min=")
    assert active_filter_count(query, {"status", "sme", "q", "value_min"}) == 4


def test_paging_sorting_tabs_and_unknown_parameters_do_not_count():
    query = QueryDict("page=2&sort=deadline&phase=closed&utm_source=x&municipality=598")
    assert active_filter_count(query, {"municipality", "service_area"}) == 1
    assert active_filter_count(QueryDict(""), {"municipality"}) == 0


def test_a_tab_puts_its_own_parameter_first_and_drops_the_page():
    query = QueryDict("area=a&page=3&phase=open&area=b")
    assert tab_params(query, "phase", "closed").urlencode() == "phase=closed&area=a&area=b"
    assert tab_params(query, "phase", None).urlencode() == "area=a&area=b"
    assert tab_params(QueryDict("phase=closed"), "phase", None).urlencode() == ""
