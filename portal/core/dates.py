"""Dates and times as the county writes them, in the reader's language, always in Helsinki time.

One place for the way an event's time reads everywhere (listings, the event page, My page,
e-mails, calendar entries), so that Finnish and Swedish read the Finnish way: "to 10.12.2026
klo 9.00–11.00", "to 10.12.2026 kl. 9.00–11.00", and English "Thu 10 Dec 2026, 9:00–11:00".

The styles are locale data, like Django's format modules, not translations: they hold for
every reader of a language whatever the catalogues say, and tests can rely on them.
"""

import datetime
import functools
import zoneinfo
from dataclasses import dataclass, replace

import holidays
from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import format_html

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
EN_DASH = "\u2013"


@dataclass(frozen=True)
class Style:
    weekdays: tuple  # Monday first
    date: str  # placeholders: weekday, day, month, month_name, year
    time_separator: str  # between hours and minutes
    joiner: str  # between a date and its time
    time_prefix: str  # before a time: "klo "
    months: tuple = ()


STYLES = {
    # Kielitoimisto: "to 10.12.2026 klo 9.00–11.00"; hours without a leading zero, a full stop
    # between hours and minutes.
    "fi": Style(weekdays=("ma", "ti", "ke", "to", "pe", "la", "su"),
                date="{weekday} {day}.{month}.{year}", time_separator=".", joiner=" ",
                time_prefix="klo "),
    # Institutet för de inhemska språken, as Swedish is written in Finland: "to 10.12.2026
    # kl. 9.00–11.00".
    "sv": Style(weekdays=("må", "ti", "on", "to", "fr", "lö", "sö"),
                date="{weekday} {day}.{month}.{year}", time_separator=".", joiner=" ",
                time_prefix="kl. "),
    # Day before month and the 24-hour clock, as in Finland: no 12/10 ambiguity, no "p.m.".
    "en": Style(weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
                months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec"),
                date="{weekday} {day} {month_name} {year}", time_separator=":",
                joiner=", ", time_prefix=""),
}


def _style(language):
    code = (language or translation.get_language() or settings.LANGUAGE_CODE).lower()
    return STYLES.get(code.split("-")[0]) or STYLES[settings.LANGUAGE_CODE]


def in_helsinki(value):
    """An aware datetime in Helsinki time (a naive one is taken to be Helsinki time)."""
    if timezone.is_naive(value):
        return value.replace(tzinfo=HELSINKI)
    return value.astimezone(HELSINKI)


def _date(style, value):
    return style.date.format(
        weekday=style.weekdays[value.weekday()], day=value.day, month=value.month,
        month_name=style.months[value.month - 1] if style.months else "", year=value.year)


def _time(style, value, *, midnight_as_24=False):
    hour = 24 if midnight_as_24 else value.hour
    return f"{hour}{style.time_separator}{value.minute:02d}"


def _moment(style, date, time, html):
    """A date and its time; in HTML each kept on one line, so that a narrow column breaks
    between them rather than inside "klo 9.00–11.00"."""
    time = style.time_prefix + time
    if html:
        return format_html('<span class="nowrap">{}</span>{}<span class="nowrap">{}</span>',
                           date, style.joiner, time)
    return f"{date}{style.joiner}{time}"


def format_date(value, language=None, *, weekday=True):
    """"to 10.12.2026" / "Thu 10 Dec 2026": a date, or the Helsinki date of a datetime;
    "10.12.2026" / "10 Dec 2026" without the weekday."""
    if isinstance(value, datetime.datetime):
        value = in_helsinki(value).date()
    style = _style(language)
    if not weekday:
        style = replace(style, weekdays=("",) * 7)
    return _date(style, value).strip()


def format_moment(value, language=None, *, html=False):
    """One instant: "to 10.12.2026 klo 9.00", "to 10.12.2026 kl. 9.00",
    "Thu 10 Dec 2026, 9:00"."""
    style = _style(language)
    value = in_helsinki(value)
    return _moment(style, _date(style, value), _time(style, value), html)


def format_range(start, end, language=None, *, html=False):
    """From `start` to `end` in Helsinki time: "to 10.12.2026 klo 9.00–11.00" within a
    day (an end at midnight is that day's 24.00), "to 10.12.2026 klo 9.00 – pe 11.12.2026
    klo 16.00" over several days; the start alone when there is no end. With `html`, safe
    HTML whose date and time parts do not break inside."""
    style = _style(language)
    start = in_helsinki(start)
    if end is None:
        return format_moment(start, language, html=html)
    end = in_helsinki(end)
    ends_at_midnight = (end.time() == datetime.time(0) and
                        end.date() == start.date() + datetime.timedelta(days=1) and
                        start.time() != datetime.time(0))
    if end.date() == start.date() or ends_at_midnight:
        until = _time(style, end, midnight_as_24=ends_at_midnight)
        return _moment(style, _date(style, start), f"{_time(style, start)}{EN_DASH}{until}",
                       html)
    first, last = (format_moment(start, language, html=html),
                   format_moment(end, language, html=html))
    if html:
        return format_html("{} {} {}", first, EN_DASH, last)
    return f"{first} {EN_DASH} {last}"


# Working days. Deadlines, events and publications fall on Finnish working days: the public
# holidays come from the `holidays` package (with Christmas Eve and Midsummer Eve, which
# nobody in Finland works either), weekends from the calendar.

# The holidays package's own names for its localisations.
_HOLIDAY_LANGUAGES = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}

# Between Christmas Eve and Epiphany offices run on skeleton staff: no training or event.
CHRISTMAS_BREAK = ((12, 24), (1, 6))


@functools.lru_cache(maxsize=32)
def _holidays(year, language):
    # A plain dict per year and language: built once, then read by any thread.
    return dict(holidays.Finland(years=year, language=language))


def holiday_name(day, language=None):
    """The name of the Finnish public holiday on `day` in the reader's language, or None."""
    code = (language or translation.get_language() or settings.LANGUAGE_CODE).lower()
    language = _HOLIDAY_LANGUAGES.get(code.split("-")[0], "en_US")
    return _holidays(day.year, language).get(day)


def is_working_day(day):
    return day.weekday() < 5 and holiday_name(day, "fi") is None


def next_working_day(day):
    """`day` itself when it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def previous_working_day(day):
    """`day` itself when it is a working day, otherwise the last working day before it."""
    while not is_working_day(day):
        day -= datetime.timedelta(days=1)
    return day


def in_christmas_break(day):
    (first_month, first_day), (last_month, last_day) = CHRISTMAS_BREAK
    return (day.month, day.day) >= (first_month, first_day) or \
        (day.month, day.day) <= (last_month, last_day)


def next_event_day(day):
    """The first working day from `day` on that is outside the Christmas break."""
    day = next_working_day(day)
    while in_christmas_break(day):
        day = next_working_day(day + datetime.timedelta(days=1))
    return day
