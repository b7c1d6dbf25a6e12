"""Building OCDS releases: what is left out when it is not known."""

import pytest

from portal.tenders.ocds import _compact


def test_compact_drops_none_and_empty_strings():
    assert _compact({"a": None, "b": "", "c": "x"}) == {"c": "x"}


def test_compact_keeps_false_and_zero():
    assert _compact({"sme": False, "amount": 0, "ratio": 0.0}) == {
        "sme": False, "amount": 0, "ratio": 0.0}


def test_compact_drops_an_object_whose_fields_are_all_empty():
    tender = {"id": "T-1", "tenderPeriod": {"startDate": None, "endDate": None}}
    assert _compact(tender) == {"id": "T-1"}


def test_compact_drops_what_becomes_empty_at_any_depth():
    data = {"tender": {"id": "T-1", "lotDetails": {"limits": {"max": None, "note": ""}},
                       "items": [{"deliveryAddress": {"locality": None}}]}}
    assert _compact(data) == {"tender": {"id": "T-1"}}


@pytest.mark.parametrize("empty", [None, "", [], {}, {"a": None}, [{}], [[None, ""]]])
def test_compact_drops_empty_items_of_a_list(empty):
    assert _compact({"roles": ["buyer", empty]}) == {"roles": ["buyer"]}


def test_compact_drops_a_list_of_empties():
    data = {"id": "1", "documents": [{"url": None}, {"title": ""}], "milestones": [[], {}]}
    assert _compact(data) == {"id": "1"}


def test_compact_keeps_what_has_a_value_inside_and_cleans_beside_it():
    data = {"tenderPeriod": {"startDate": None, "endDate": "2027-03-01T12:00:00+02:00"},
            "items": [{"id": "1", "deliveryLocation": {"description": "Vaasa",
                                                       "gazetteer": {"identifiers": []}}}]}
    assert _compact(data) == {
        "tenderPeriod": {"endDate": "2027-03-01T12:00:00+02:00"},
        "items": [{"id": "1", "deliveryLocation": {"description": "Vaasa"}}]}


def test_compact_leaves_its_input_alone():
    data = {"a": {"b": None}, "c": [{}]}
    _compact(data)
    assert data == {"a": {"b": None}, "c": [{}]}
