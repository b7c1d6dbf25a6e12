"""The page side of counting views: a mixin for the page types whose views are counted.

Kept apart from the PageViewDay model (portal.metrics.models) so that page models can import
it while the apps load.
"""

PAGE_VIEW_HEADER = "X-Portal-Page-View"


class PageViewCounted:
    """Mixin for page types whose views are counted (tenders, events, pilot calls).

    Only the page's own public serve sets the header: not a preview, and not a page viewed by
    staff (who check their own pages and would inflate the figures).
    """

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not getattr(request, "is_preview", False) and not is_staff(request):
            response[PAGE_VIEW_HEADER] = str(self.pk)
        return response


def is_staff(request):
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.is_staff)
