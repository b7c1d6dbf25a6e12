"""Counts views of the pages that ask for it (see pageviews.py).

Placed right after SecurityMiddleware and WhiteNoise, outside any page cache, so that a
cached response still carries the page's header and is counted; the header never reaches
the client.
"""

from portal.core.page_views import PAGE_VIEW_HEADER

from .pageviews import is_countable, record_view


class PageViewMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        page_id = response.get(PAGE_VIEW_HEADER)
        if page_id is not None:
            del response[PAGE_VIEW_HEADER]
            if page_id.isdigit() and is_countable(request, response):
                record_view(int(page_id))
        return response
