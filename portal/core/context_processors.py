"""Template context every page gets."""

from .navigation import SiteChrome


def site_chrome(request):
    return {"chrome": SiteChrome(request)}
