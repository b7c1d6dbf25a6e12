"""The anonymous page cache: public pages served to visitors without a session from the cache.

Anonymous GET and HEAD requests of public views (Wagtail pages with their routes and feeds,
the search page, open data, the sitemap) are answered from Django's cache (Redis in
production) and marked cacheable by a proxy for a short while (`s-maxage`). Everything else
passes through untouched: signed-in users (a session cookie), pending messages, the admin,
supplier pages, forms (a response that sets the CSRF cookie or any other cookie), previews,
errors and views that say `private`/`no-cache` themselves.

Invalidation is total and cheap: every key holds a generation number, and publishing,
unpublishing, moving or deleting a page, or changing a snippet, a taxonomy term or a record
that public pages show (page_cache_signals.py), starts a new generation. Old entries are never
read again and expire by themselves.

The middleware sits right after the page-view counter (portal.metrics), outside the session,
CSRF and authentication middleware, so that a hit costs one cache read. A stored response
keeps its headers, `X-Portal-Page-View` included, so that the counter sees hits too.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"

# Views whose anonymous responses are public and the same for every visitor.
CACHEABLE_VIEWS = frozenset({
    "wagtail_serve", "search:search", "tenders_ocds", "sitemap", "robots_txt",
})
# Headers that belong to one response only, never replayed from the cache.
UNSTORED_HEADERS = frozenset({"set-cookie", "date"})


def _settings():
    return (getattr(settings, "PAGE_CACHE_SECONDS", 300),
            getattr(settings, "PAGE_CACHE_PROXY_SECONDS", 60))


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        cache.add(GENERATION_KEY, value, None)
        value = cache.get(GENERATION_KEY, value)
    return value


def _bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def forget_pages():
    """Start a new generation now, and again when the current transaction commits.

    The second bump matters: between the first one and the commit, a concurrent request
    still reads the old rows and could store them under the new generation.
    """
    _bump()
    transaction.on_commit(_bump)


def _cache_key(request):
    path = request.get_full_path()
    digest = hashlib.sha256(f"{request.get_host()}{path}".encode()).hexdigest()
    return f"pagecache:{generation()}:{digest}"


def _request_is_anonymous(request):
    cookies = request.COOKIES
    return not (settings.SESSION_COOKIE_NAME in cookies
                or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in cookies
                or "HTTP_AUTHORIZATION" in request.META)


def _cache_control_forbids(response):
    value = response.get("Cache-Control", "").lower()
    return any(word in value for word in ("private", "no-cache", "no-store", "max-age=0"))


def _response_is_cacheable(request, response):
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.view_name in CACHEABLE_VIEWS
        and response.status_code == 200
        and not response.streaming
        and not response.cookies  # a CSRF token, a language or a message cookie
        and not _cache_control_forbids(response)
        # A nonce is for one response only (public pages have none: no inline scripts).
        and "nonce-" not in response.get("Content-Security-Policy", "")
        and not getattr(request, "is_preview", False)
    )


def _mark_public(response, proxy_seconds):
    # Browsers check again every time (max-age=0); a proxy may keep the page for a short
    # while and is purged on publish (wagtail.contrib.frontend_cache). The page is the same
    # for every anonymous visitor, so "Vary: Cookie" (added because templates look at the
    # user) is dropped; the proxy must pass requests with a session cookie through (see
    # portal/deploy/nginx-portal.conf).
    patch_cache_control(response, public=True, max_age=0, s_maxage=proxy_seconds)
    if "Vary" in response:
        kept = [value.strip() for value in response["Vary"].split(",")
                if value.strip().lower() != "cookie"]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds, proxy_seconds = _settings()
        anonymous = _request_is_anonymous(request)
        if not seconds or request.method not in ("GET", "HEAD") or not anonymous:
            response = self.get_response(request)
            if not anonymous and "Cache-Control" not in response:
                # What a signed-in user sees is theirs: no shared cache may keep it.
                patch_cache_control(response, private=True)
            return response

        key = _cache_key(request)
        stored = cache.get(key)
        if stored is not None:
            return self._replay(request, stored)

        response = self.get_response(request)
        if _response_is_cacheable(request, response):
            _mark_public(response, proxy_seconds)
            if request.method == "GET":
                headers = [(name, value) for name, value in response.items()
                           if name.lower() not in UNSTORED_HEADERS]
                cache.set(key, (response.status_code, headers, response.content), seconds)
            response[HIT_HEADER] = "miss"
        return response

    def _replay(self, request, stored):
        status, headers, content = stored
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value
        response["Content-Length"] = str(len(content))
        response[HIT_HEADER] = "hit"
        return response
