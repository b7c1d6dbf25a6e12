"""Test settings: the portal's own settings with fast, local, self-contained services."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-" + "x" * 60)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from portal.settings import *  # noqa: E402,F403  (the settings under test)

# The demo app (its loader seeds the tests' site) is installed in development only; the tests
# have it whatever DEBUG says.
if "portal.demo" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS.append("portal.demo")  # noqa: F405

SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The anonymous page cache is off, so that each request measures (queries, rendering) the view
# itself; tests/core/test_page_cache.py switches it on.
PAGE_CACHE_SECONDS = 0
# Page views reach the database when a test flushes them, not when a minute has passed.
PAGE_VIEW_FLUSH_IN_PROCESS_SECONDS = 0
# CI runs the SQLite and the PostgreSQL pass side by side: each keeps its files apart.
_PASS = "postgresql" if DATABASES["default"]["ENGINE"].endswith("postgresql") else "sqlite"  # noqa: F405
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": BASE_DIR / "var" / f"test-private-{_PASS}",  # noqa: F405
                            "base_url": None}},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
TASKS_RAISE_ON_FAILURE = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / f"test-media-{_PASS}"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files straight from the apps, as in development (no collectstatic before tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
# Staff need a second factor in production; the tests of that switch it on themselves
# (tests/core/test_admin_access.py), the others use the admin with a password session.
STAFF_REQUIRE_MFA = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # The test database is thrown away at the end: its commits need not wait for the disk
    # (this changes nothing of what a transaction sees, only durability after a crash).
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c synchronous_commit=off".strip()
# The benchmark seeders (tests/benchmarks/management/commands) exist only in the test and
# benchmark settings; tests/metrics checks the size seed_bench_metrics makes.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.benchmarks"]  # noqa: F405
