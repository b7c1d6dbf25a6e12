"""The portal's URLs plus /bench/bare/: a fixed response as big as a cached page.

It runs through the same middleware as every page (security headers, the page cache's lookup,
sessions, CSRF, CSP), so the comparison with a cached page is that of serving from the cache
against doing nothing at all in a view.
"""

import os

from django.http import HttpResponse
from django.urls import path

from portal import urls as portal_urls

BARE_BODY = b"<!DOCTYPE html>" + b"x" * max(int(os.environ.get("BENCH_BARE_BYTES", "0")) - 15, 0)


def bare(request):
    return HttpResponse(BARE_BODY, content_type="text/html; charset=utf-8")


urlpatterns = [path("bench/bare/", bare), *portal_urls.urlpatterns]
handler403 = portal_urls.handler403
handler404 = portal_urls.handler404
handler500 = portal_urls.handler500
