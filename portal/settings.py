"""The portal's one settings module, driven by environment variables.

Production values are the defaults: DEBUG is off, the secret key must come from the
environment and cookies are secure. Development turns things on explicitly with DEBUG=true.
Optional parts (Elasticsearch, an e-mail service provider, the database task worker) switch on
when their variable is set.
"""

import importlib.util
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
PORTAL_DIR = BASE_DIR / "portal"


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

# A key that is only ever good for a developer's own machine. The portal refuses to start
# with it (or without any key) unless DEBUG is on.
DEVELOPMENT_SECRET_KEY = "development-only-insecure-key-do-not-use-in-production"  # noqa: S105
SECRET_KEY = env("SECRET_KEY") or (DEVELOPMENT_SECRET_KEY if DEBUG else "")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters when DEBUG is off "
        "(generate one with: python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal.core",
    "portal.taxonomy",
    "portal.pages",
    "portal.news",
    "portal.tenders",
    "portal.events",
    "portal.notifications",
    "pilots",
    "suppliers",
    "suppliers.interests",
    "suppliers.alerts",
    "search",
    "portal.metrics",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "anymail",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]
if DEBUG and importlib.util.find_spec("portal.demo"):
    # The demo content and its commands (manage.py demo, seed_demo) in development only; a
    # production install leaves portal/demo out (pyproject.toml).
    INSTALLED_APPS.append("portal.demo")

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
    # A database host that does not answer (a failover, a lost network) fails the request
    # after this many seconds, instead of holding the worker for the system's TCP timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(env("DATABASE_CONNECT_TIMEOUT", "5")))

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.core.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Counts page views outside the page cache, so that cache hits are counted too (the
    # cache replays the page's X-Portal-Page-View header).
    "portal.metrics.middleware.PageViewMiddleware",
    # The anonymous page cache: before the session, CSRF and authentication middleware, so
    # that a hit skips them; it lets every request with a session cookie through.
    "portal.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.core.admin_locale.AdminAwareLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.core.admin_access.StaffMultiFactorMiddleware",
    # Turns "sign in" redirects for a signed-in user into a 403 page instead of a loop.
    "portal.core.refusals.SignedInRefusalMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "portal.core.context_processors.site_chrome",
            ],
        },
    },
]

# Each field of a form in a box of its own (label, help, errors, input), spaced by the CSS.
FORM_RENDERER = "portal.core.forms.FormRenderer"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# --- Languages -----------------------------------------------------------------------------
# Finnish first: it is the default and the language pages are written in before translation.
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Our corrections to libraries' catalogues come first (locale/overrides), then our own strings.
LOCALE_PATHS = [BASE_DIR / "locale" / "overrides", BASE_DIR / "locale"]
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
# Dates and times as written in Finland in each language (portal/formats): the public pages
# and the Wagtail admin, which runs in the staff member's own admin language.
FORMAT_MODULE_PATH = ["portal.formats"]
USE_TZ = True
# Stored in UTC, shown in the county's own time.
TIME_ZONE = "Europe/Helsinki"

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [PORTAL_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Suppliers' proposal attachments: outside MEDIA_ROOT, served only after permission checks.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "var" / "private")),
                    "base_url": None},
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Cache ---------------------------------------------------------------------------------
# allauth's rate limits count in the cache, so production shares one (Redis) across workers.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous public pages are kept in that cache for PAGE_CACHE_SECONDS (0 turns the page
# cache off), and a proxy may keep them for PAGE_CACHE_PROXY_SECONDS (s-maxage). Publishing
# starts a new generation of the cache at once (portal/core/page_cache.py).
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_PROXY_SECONDS = int(env("PAGE_CACHE_PROXY_SECONDS", "60"))
# What every reader of a language shares, signed in or not (the page of a path, the calendar's
# cards, counts and filters), is kept for FRAGMENT_CACHE_SECONDS under the same generation
# (portal/core/fragments.py, portal/core/routing.py; 0 keeps nothing).
FRAGMENT_CACHE_SECONDS = int(env("FRAGMENT_CACHE_SECONDS", "3600"))
# A caching proxy in front (nginx, Varnish) is sent a PURGE of a page and of the pages that
# list it when staff publish: FRONTEND_CACHE_PURGE_URL is where it takes them, for example
# http://127.0.0.1:8080 (portal/deploy/nginx-portal.conf shows one).
FRONTEND_CACHE_PURGE_URL = env("FRONTEND_CACHE_PURGE_URL")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                  "LOCATION": FRONTEND_CACHE_PURGE_URL},
    }

# --- Background tasks ----------------------------------------------------------------------
# Immediate in development and tests; the database backend with `manage.py db_worker` in
# production (TASK_BACKEND=database).
TASK_BACKEND = env("TASK_BACKEND", "immediate")
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASK_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASK_BACKEND must be one of {', '.join(TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASK_BACKEND]}}
# With the immediate backend a failing task is only logged; in development and tests it is
# raised as well so that nobody overlooks it.
TASKS_RAISE_ON_FAILURE = env_bool("TASKS_RAISE_ON_FAILURE", DEBUG)
# django-tasks-db leaves a task "running" for ever when its worker dies (kill -9, out of
# memory, a lost machine): `requeue_abandoned_tasks` puts one running longer than this back
# in the queue, and fails it after TASK_MAX_ATTEMPTS workers have each started it.
TASK_RUNNING_TIMEOUT = int(env("TASK_RUNNING_TIMEOUT", "1800"))
TASK_MAX_ATTEMPTS = int(env("TASK_MAX_ATTEMPTS", "3"))

# --- E-mail --------------------------------------------------------------------------------
# Console in development (the verification link is printed); an ESP through django-anymail
# when ANYMAIL_ESP is set (for example "mailgun", "postmark", "sendgrid", "amazon_ses").
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Markkinavuoropuhelu <noreply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Portal admins", address) for address in env_list("ADMINS")]
# Every other ANYMAIL_* variable becomes an anymail setting: ANYMAIL_POSTMARK_SERVER_TOKEN,
# and ANYMAIL_WEBHOOK_SECRET ("user:password"), which the ESP's tracking webhook at
# /anymail/<esp>/tracking/ must send as HTTP basic authentication.
ANYMAIL_ESP = env("ANYMAIL_ESP")
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value
    for key, value in os.environ.items()
    if key.startswith("ANYMAIL_") and key != "ANYMAIL_ESP"
}
if ANYMAIL_ESP:
    EMAIL_BACKEND = f"anymail.backends.{ANYMAIL_ESP}.EmailBackend"
elif env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env("EMAIL_HOST")
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Every message goes through the outbox (portal.notifications): attempts 1, 5, 25, 125 …
# minutes apart, then the message is marked failed.
EMAIL_MAX_ATTEMPTS = int(env("EMAIL_MAX_ATTEMPTS", "6"))

# --- Search --------------------------------------------------------------------------------
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
ELASTICSEARCH_TIMEOUT = float(env("ELASTICSEARCH_TIMEOUT", "3"))
# Indices are "<prefix>-fi", "-sv", "-en" (aliases of the current concrete index).
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", "portal-content")
# Wait for each indexing request to become searchable (tests; not needed in production).
ELASTICSEARCH_REFRESH = env("ELASTICSEARCH_REFRESH", "false").lower() == "true"
# The cluster has the Voikko analysis plugin (elasticsearch-analysis-voikko): Finnish is then
# analysed into lemmas and compound parts as the database does; else the stock "finnish".
ELASTICSEARCH_VOIKKO = env("ELASTICSEARCH_VOIKKO", "false").lower() == "true"
# After Elasticsearch fails, the database answers for this long before it is tried again.
SEARCH_FALLBACK_SECONDS = int(env("SEARCH_FALLBACK_SECONDS", "30"))
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Markkinavuoropuhelu"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Staff sign in through allauth, so the same login (and, later, MFA) guards the admin.
WAGTAILADMIN_LOGIN_URL = "account_login"
LOGIN_URL = "account_login"
# Private pages send visitors to the portal's sign-in too, not to Wagtail's password form.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/"  # the adapter sends users to the home page of their language
ACCOUNT_ADAPTER = "portal.core.accounts.AccountAdapter"
ACCOUNT_USER_DISPLAY = "portal.core.accounts.user_display"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Each upload is checked by its content, not only its name (portal.core.document_checks).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.core.document_checks.CheckedDocumentForm"
# Images: Wagtail reads each upload with Willow and refuses one whose content is not the
# format its extension says; SVG (which can carry scripts) is not among these.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A new translation starts as a draft: publishing it live at once would show Finnish text
# under /sv/ until someone translates it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# No requests to third parties from the admin either: no update check, no Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Staff reset a forgotten password through the portal's sign-in (allauth, rate-limited);
# Wagtail's own reset form under /admin/ would be a second, unthrottled way to send mail.
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILSITEMAPS_CACHE_TIMEOUT = 600

# --- Supplier organisations ---------------------------------------------------------------
# Seconds an invitation link to join a supplier organisation stays valid.
SUPPLIER_INVITATION_MAX_AGE = int(env("SUPPLIER_INVITATION_MAX_AGE", str(14 * 24 * 3600)))

# --- Pilot proposals ----------------------------------------------------------------------
# The largest attachment a supplier may upload, in bytes, and how many a proposal may have.
PILOT_ATTACHMENT_MAX_BYTES = int(env("PILOT_ATTACHMENT_MAX_BYTES", str(10 * 1024 * 1024)))
PILOT_ATTACHMENT_MAX_COUNT = int(env("PILOT_ATTACHMENT_MAX_COUNT", "10"))
# Unsent drafts are reminded once when their call closes within this many hours.
PILOT_DRAFT_REMINDER_HOURS = int(env("PILOT_DRAFT_REMINDER_HOURS", "72"))

# --- Open data ----------------------------------------------------------------------------
# Prefix of the OCDS identifiers (ocid) of the county's procurements; register your own at
# https://standard.open-contracting.org/latest/en/guidance/publish/#register-an-ocid-prefix
OCDS_PREFIX = env("OCDS_PREFIX", "ocds-pohjan")

# --- Accounts (allauth) --------------------------------------------------------------------
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
# Attempts are counted in the default cache, so production shares one (REDIS_URL; `check
# --deploy` warns without it). Failed sign-ins: 5 per address in 5 minutes, 10 a minute from
# one address; sign-ups: 10 a minute and 30 an hour from one address (an office behind one
# NAT address can still sign up its staff); password reset mails: 5 a minute per address.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "10/m/ip,30/h/ip",
    "reset_password": "20/m/ip,5/m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", "Markkinavuoropuhelu")
# Staff reach the Wagtail admin only with an authenticator app (portal.core.admin_access).
STAFF_REQUIRE_MFA = env_bool("STAFF_REQUIRE_MFA", not DEBUG)

# --- Security ------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# Load balancers probe the health check over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = not DEBUG
# A refused form gets the portal's page in the visitor's language, not Django's English one.
CSRF_FAILURE_VIEW = "portal.core.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"  # Wagtail lets its own preview iframe through (same origin).
# A page opened from another site (or opening one) shares no window with it.
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Browser features that no page uses, off for every origin (portal.core.security_headers).
# The admin keeps fullscreen for its editor; nothing asks for a camera, a position or a payment.
PERMISSIONS_POLICY = {
    feature: [] for feature in (
        "accelerometer", "browsing-topics", "camera", "display-capture", "geolocation",
        "gyroscope", "magnetometer", "microphone", "midi", "payment", "screen-wake-lock",
        "serial", "usb", "xr-spatial-tracking")
}

# Content-security policy: nothing from third parties, no inline script or style on public
# pages. The Wagtail admin (staff only) relies on inline styles and scripts, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# --- Logging -------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR"},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        # A failed task is logged here by django-tasks; admins hear of it by e-mail.
        "django_tasks": {"handlers": ["console", "mail_admins"], "level": "WARNING",
                         "propagate": False},
        "django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR",
                           "propagate": False},
        # A message that failed for good is an error that admins hear of.
        "portal.notifications": {"handlers": ["console", "mail_admins"], "level": "INFO",
                                 "propagate": False},
    },
}
