"""Swedish as written in Finland: 10.12.2026 kl. 9.00 (Sweden's 2026-12-10 09:00 reads as
foreign here)."""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "G.i"
DATETIME_FORMAT = r"j F Y \k\l. G.i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = r"j.n.Y \k\l. G.i"
FIRST_DAY_OF_WEEK = 1  # Monday
