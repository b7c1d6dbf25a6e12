"""Dates and times the county's way: Finnish and Swedish as written in Finland, English with
the day first and the 24-hour clock, always in Helsinki time, across DST changes and days."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, timezone, translation

from portal.core.dates import format_date, format_moment, format_range

UTC = datetime.UTC


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


# Thursday 10 December 2026, 9.00–11.00 in Helsinki (UTC+2 in winter).
START, END = utc(2026, 12, 10, 7, 0), utc(2026, 12, 10, 9, 0)


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", "to 10.12.2026 klo 9.00–11.00"),
    ("sv", "to 10.12.2026 kl. 9.00–11.00"),
    ("en", "Thu 10 Dec 2026, 9:00–11:00"),
])
def test_a_range_within_a_day(language, expected):
    assert format_range(START, END, language) == expected


def test_the_active_language_is_the_default_and_a_regional_variant_counts():
    with translation.override("sv"):
        assert format_range(START, END) == "to 10.12.2026 kl. 9.00–11.00"
    with translation.override("en-gb"):
        assert format_range(START, END).startswith("Thu 10 Dec 2026")
    # An unknown language reads as the default language.
    assert format_range(START, END, "de") == "to 10.12.2026 klo 9.00–11.00"


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", "to 10.12.2026 klo 9.00 – pe 11.12.2026 klo 16.30"),
    ("sv", "to 10.12.2026 kl. 9.00 – fr 11.12.2026 kl. 16.30"),
    ("en", "Thu 10 Dec 2026, 9:00 – Fri 11 Dec 2026, 16:30"),
])
def test_a_range_over_several_days(language, expected):
    assert format_range(START, utc(2026, 12, 11, 14, 30), language) == expected


def test_an_evening_ending_at_midnight_is_one_day():
    assert format_range(utc(2026, 12, 10, 17, 0), utc(2026, 12, 10, 22, 0), "fi") == \
        "to 10.12.2026 klo 19.00–24.00"
    # Midnight to midnight is a whole day, written as two.
    assert format_range(utc(2026, 12, 9, 22, 0), utc(2026, 12, 10, 22, 0), "en") == \
        "Thu 10 Dec 2026, 0:00 – Fri 11 Dec 2026, 0:00"


def test_helsinki_time_whatever_the_active_time_zone():
    with timezone.override("America/New_York"):
        assert format_range(START, END, "fi") == "to 10.12.2026 klo 9.00–11.00"
    naive = datetime.datetime(2026, 12, 10, 9, 0)  # taken as Helsinki time
    assert format_moment(naive, "fi") == "to 10.12.2026 klo 9.00"


def test_summer_time_starts_on_the_last_sunday_of_march():
    # 29 March 2026: 3.00 EET becomes 4.00 EEST at 01.00 UTC.
    assert format_moment(utc(2026, 3, 29, 0, 30), "fi") == "su 29.3.2026 klo 2.30"
    assert format_moment(utc(2026, 3, 29, 1, 30), "fi") == "su 29.3.2026 klo 4.30"
    # A two-hour event across the change lasts three hours on the clock.
    assert format_range(utc(2026, 3, 29, 0, 0), utc(2026, 3, 29, 2, 0), "sv") == \
        "sö 29.3.2026 kl. 2.00–5.00"


def test_summer_time_ends_on_the_last_sunday_of_october():
    # 25 October 2026: 4.00 EEST becomes 3.00 EET at 01.00 UTC; 3.30 happens twice.
    assert format_moment(utc(2026, 10, 25, 0, 30), "en") == "Sun 25 Oct 2026, 3:30"
    assert format_moment(utc(2026, 10, 25, 1, 30), "en") == "Sun 25 Oct 2026, 3:30"
    assert format_range(utc(2026, 10, 24, 23, 0), utc(2026, 10, 25, 2, 0), "fi") == \
        "su 25.10.2026 klo 2.00–4.00"


def test_a_late_utc_evening_is_the_next_day_in_helsinki():
    assert format_date(utc(2026, 6, 30, 22, 30), "fi") == "ke 1.7.2026"
    assert format_date(datetime.date(2026, 7, 1), "en") == "Wed 1 Jul 2026"


def test_in_html_the_date_and_the_time_each_stay_on_one_line():
    html = format_range(START, END, "fi", html=True)
    assert html == ('<span class="nowrap">to 10.12.2026</span> '
                    '<span class="nowrap">klo 9.00–11.00</span>')


def test_the_template_filters_give_html_and_in_text_e_mails_plain_text():
    context = Context({"start": START, "end": END})
    with translation.override("sv"):
        html = Template("{% load portal_dates %}{{ start|date_range:end }}").render(context)
        text = Template("{% load portal_dates %}{% autoescape off %}"
                        "{{ start|date_range:end }} / {{ start|moment }}"
                        "{% endautoescape %}").render(context)
    assert '<span class="nowrap">kl. 9.00–11.00</span>' in html
    assert text == "to 10.12.2026 kl. 9.00–11.00 / to 10.12.2026 kl. 9.00"


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", "22.11.2026 15.00"),
    ("sv", "22.11.2026 kl. 15.00"),
    ("en", "22 Nov 2026, 15:00"),
])
def test_djangos_date_formats_are_the_finnish_ways_too(language, expected):
    """The format modules (FORMAT_MODULE_PATH) that the admin's timestamps use: no Swedish
    2026-11-22, no US "Nov. 22, 2026, 3 p.m."."""
    moment = utc(2026, 11, 22, 13, 0)
    with translation.override(language), timezone.override("Europe/Helsinki"):
        assert formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT") == \
            expected
