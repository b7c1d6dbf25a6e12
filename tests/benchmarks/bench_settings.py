"""Settings of a benchmark run: the portal's production settings plus one bare view.

Only tests/benchmarks/pages.py uses this module (DJANGO_SETTINGS_MODULE); production never
loads it, so the bare view exists nowhere else.
"""

from portal.settings import *  # noqa: F403  (the settings under measurement)

ROOT_URLCONF = "tests.benchmarks.bench_urls"
