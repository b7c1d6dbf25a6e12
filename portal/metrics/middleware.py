"""Counts views of the pages that ask for it, outside any page cache."""

PAGE_VIEW_HEADER = "X-Portal-Page-View"


class PageViewMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if PAGE_VIEW_HEADER in response:
            del response[PAGE_VIEW_HEADER]
        return response
