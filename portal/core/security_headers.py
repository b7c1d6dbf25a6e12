"""The Permissions-Policy header: the browser features no page of the portal uses are switched
off, so that injected or third-party code could not reach them either."""

from django.conf import settings


def permissions_policy(features):
    """The header's value: each feature allowed for nobody (`()`) or the listed origins."""
    return ", ".join(f"{feature}=({' '.join(origins)})" for feature, origins in features.items())


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.value = permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.value:
            response.headers.setdefault("Permissions-Policy", self.value)
        return response
