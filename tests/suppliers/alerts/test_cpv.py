"""The CPV hierarchy: a subscription's code matches up and down, never a bare division."""

import pytest

from suppliers.alerts import cpv


def test_ancestors_run_up_to_the_division():
    assert cpv.ancestors("85311100") == ["85311100", "85311000", "85310000", "85300000",
                                         "85000000"]
    assert cpv.ancestors("85000000") == ["85000000"]


@pytest.mark.parametrize(("subscribed", "item", "expected"), [
    ("85311100", "85311100", True),   # the same code
    ("85300000", "85311100", True),   # down: the item lies under the subscription's code
    ("85310000", "85311100", True),
    ("85311100", "85311000", True),   # up: the item is classified more generally
    ("85311100", "85300000", True),
    ("85311100", "85312100", False),  # a sibling branch
    ("85311100", "85311200", False),
    ("85121100", "85311100", False),  # health, not social work
    ("85311100", "85000000", False),  # a bare division does not match everything under it
    ("85000000", "85000000", True),   # … but matches those who chose the division
    ("85000000", "85311100", True),   # and a division's subscriber hears of all under it
])
def test_a_subscribed_code_matches_up_and_down_the_hierarchy(subscribed, item, expected):
    assert cpv.matches(subscribed, item) is expected
    codes, prefixes = cpv.matching_terms([item])
    in_sql_terms = subscribed in codes or any(subscribed.startswith(p) for p in prefixes)
    assert in_sql_terms is expected  # what the database is asked agrees with the rule
