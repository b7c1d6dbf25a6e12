"""The organisation's size class by the EU's SME definition, from the two declared bands."""

import pytest

from suppliers.enums import SizeClass
from suppliers.models import Organisation


@pytest.mark.parametrize(("headcount", "turnover", "size"), [
    ("micro", "micro", SizeClass.MICRO),
    ("micro", "small", SizeClass.SMALL),
    ("small", "micro", SizeClass.SMALL),
    ("medium", "small", SizeClass.MEDIUM),
    ("small", "large", SizeClass.LARGE),
    ("large", "micro", SizeClass.LARGE),
])
def test_the_size_class_is_the_larger_of_the_headcount_and_turnover_bands(
        headcount, turnover, size):
    organisation = Organisation(headcount_band=headcount, turnover_band=turnover)
    assert organisation.size_class == size
    assert organisation.is_sme is (size != SizeClass.LARGE)


def test_the_size_class_is_unknown_until_both_bands_are_declared():
    assert Organisation(headcount_band="micro").size_class is None
    assert Organisation(turnover_band="micro").size_class is None
    assert not Organisation().is_sme


def test_organisations_can_be_filtered_by_size_class(make_organisation):
    micro = make_organisation(headcount_band="micro", turnover_band="micro")
    small = make_organisation(headcount_band="micro", turnover_band="small")
    large = make_organisation(headcount_band="large", turnover_band="small")
    make_organisation()  # not declared

    assert list(Organisation.objects.of_size("micro")) == [micro]
    assert list(Organisation.objects.of_size("small")) == [small]
    assert list(Organisation.objects.of_size("large")) == [large]
    assert list(Organisation.objects.of_size("medium")) == []
