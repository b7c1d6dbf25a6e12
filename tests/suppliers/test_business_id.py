"""The business ID: checked with its check digit and written as 1234567-8."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from suppliers.business_id import normalise_business_id


@pytest.mark.parametrize("entered", ["2077474-0", "20774740", "2077474 0", " 2077474-0 ",
                                     "FI20774740"])
def test_a_valid_business_id_is_normalised_to_seven_digits_hyphen_check_digit(entered):
    assert normalise_business_id(entered) == "2077474-0"


def test_a_business_id_with_a_leading_zero_keeps_it():
    assert normalise_business_id("07375462") == "0737546-2"


def test_the_error_is_in_the_users_language():
    with translation.override("sv"), pytest.raises(ValidationError, match="giltigt FO-nummer"):
        normalise_business_id("1234567-8")


@pytest.mark.parametrize("entered", ["1234567-8", "12345678", "1234567 8", "2077474-1"])
def test_a_business_id_with_a_wrong_check_digit_is_refused(entered):
    with pytest.raises(ValidationError, match="Anna kelvollinen Y-tunnus"):
        normalise_business_id(entered)


@pytest.mark.parametrize("entered", ["", "207747-0", "2077474-00", "abcdefg-h", "123"])
def test_something_else_than_a_business_id_is_refused(entered):
    with pytest.raises(ValidationError):
        normalise_business_id(entered)
