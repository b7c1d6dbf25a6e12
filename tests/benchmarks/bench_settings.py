"""Settings of a benchmark run: the portal's production settings plus one bare view, the
benchmark seeders (the management commands of tests/benchmarks) and the demo's loader (the
data every benchmark starts from; production settings leave portal.demo out).

tests/benchmarks/pages.py serves the portal with this module (DJANGO_SETTINGS_MODULE) and every
benchmark seeds with it; production never loads it, so neither the bare view nor the seeders
exist anywhere else.
"""

from portal.settings import *  # noqa: F403  (the settings under measurement)

ROOT_URLCONF = "tests.benchmarks.bench_urls"
INSTALLED_APPS = [*INSTALLED_APPS, "tests.benchmarks"]  # noqa: F405  (the seeders)
if "portal.demo" not in INSTALLED_APPS:
    INSTALLED_APPS.append("portal.demo")  # seed_demo
