"""Serving a page without walking the page tree on every request.

Wagtail finds the page of a URL one slug at a time from the site's root, a query or two a
level, then loads the page's own model: five or six queries for a tender before its view
runs. The answer only changes when pages or sites change, and every such change starts a new
page-cache generation (page_cache_signals.py). So the site of a host and the page of a path
are kept under the generation, and a request reads one cache entry and the page itself.

Only where a page is found: an unknown path is looked up by Wagtail every time (and answered
404). What Wagtail checks after routing (view restrictions, the before_serve_page hooks, the
page's own serve) runs on every request as before.
"""

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from .page_cache import generation


def _seconds():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 3600)


def find_site(request):
    """The request's Wagtail site, kept per host and port (Site.find_for_request's answer)."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    seconds = _seconds()
    # As Wagtail does: the raw host (ALLOWED_HOSTS was checked by then, or will be).
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
    key = f"route:{generation()}:site:{hostname}:{port}"
    site = cache.get(key) if seconds else None
    if site is None:
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = None
        if site is not None and seconds:
            cache.set(key, site, seconds)
    request._wagtail_site = site
    return site


def _route_key(site, path):
    return f"route:{generation()}:page:{site.pk}:{get_language()}:{path}"


def serve(request, path):
    """Wagtail's serve view, with the page of `path` found from the cache when it can be."""
    site = find_site(request)
    seconds = _seconds()
    if site is not None and seconds and not hasattr(request, "_wagtail_route_for_request"):
        components = [component for component in path.split("/") if component]
        key = _route_key(site, path)
        kept = cache.get(key)
        if kept is not None:
            label, pk, depth = kept
            try:
                page = apps.get_model(label).objects.get(pk=pk)
                request._wagtail_route_for_request = page.route(request, components[depth:])
            except (LookupError, Page.DoesNotExist, Http404):
                pass  # Wagtail looks it up below, as for any path not kept
        else:
            result = Page.route_for_request(request, path)
            if result is not None:
                page = result[0]
                # The components of the path that lead to the page; any after them are the
                # page's own routes (a routable page), resolved again on every request.
                consumed = page.depth - site.root_page.depth
                cache.set(key, (page._meta.label_lower, page.pk, consumed), seconds)
    return wagtail_views.serve(request, path)
