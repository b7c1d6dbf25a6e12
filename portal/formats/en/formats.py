"""English as read in Finland: the day before the month, month names rather than numbers
(no 12/10 ambiguity) and the 24-hour clock instead of Django's US "Nov. 22, 2026, 3 p.m."."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j M Y, G:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, G:i"
FIRST_DAY_OF_WEEK = 1  # Monday
