import datetime

import pytest
from django.utils import translation

from portal.core.dates import HELSINKI
from portal.metrics.periods import Period

D = datetime.date


def test_month_ends_at_the_first_of_the_next_month():
    assert Period.month(2026, 12) == Period(D(2026, 12, 1), D(2027, 1, 1))
    assert Period.month(2026, 12).is_month


def test_for_month_reads_an_aware_datetime_in_helsinki():
    # 31 Jan 22:30 UTC is 1 Feb 00:30 in Helsinki.
    moment = datetime.datetime(2026, 1, 31, 22, 30, tzinfo=datetime.UTC)
    assert Period.for_month(moment) == Period.month(2026, 2)
    assert Period.for_month(D(2026, 2, 28)) == Period.month(2026, 2)


def test_last_full_month_is_the_month_before_today():
    assert Period.last_full_month(D(2026, 1, 15)) == Period.month(2025, 12)


def test_previous_of_a_month_is_the_calendar_month_before():
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)


def test_previous_of_whole_months_is_as_many_months_before():
    quarter = Period(D(2026, 4, 1), D(2026, 7, 1))
    assert quarter.previous() == Period(D(2026, 1, 1), D(2026, 4, 1))
    assert not quarter.is_month


def test_previous_of_other_periods_has_the_same_number_of_days():
    assert Period(D(2026, 3, 10), D(2026, 3, 17)).previous() == Period(D(2026, 3, 3),
                                                                        D(2026, 3, 10))


def test_months_covers_partial_months():
    period = Period(D(2026, 1, 15), D(2026, 3, 2))
    assert period.months() == [Period.month(2026, 1), Period.month(2026, 2),
                               Period.month(2026, 3)]


def test_bounds_are_helsinki_midnights_across_the_summer_time_change():
    start, end = Period.month(2026, 3).bounds()
    assert start == datetime.datetime(2026, 3, 1, tzinfo=HELSINKI)
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert end.utcoffset() == datetime.timedelta(hours=3)
    assert end.astimezone(datetime.UTC) == datetime.datetime(2026, 3, 31, 21, 0,
                                                             tzinfo=datetime.UTC)


@pytest.mark.parametrize(("language", "label"), [("fi", "marraskuu 2026"),
                                                  ("sv", "november 2026"),
                                                  ("en", "November 2026")])
def test_month_label_in_each_language(language, label):
    with translation.override(language):
        assert str(Period.month(2026, 11).label) == label


def test_other_period_label_gives_first_and_last_day():
    with translation.override("sv"):
        assert Period(D(2026, 1, 1), D(2026, 4, 1)).label == "1.1.2026\u201331.3.2026"


def test_a_period_must_end_after_it_starts():
    with pytest.raises(ValueError):
        Period(D(2026, 1, 1), D(2026, 1, 1))
