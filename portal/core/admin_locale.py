"""Django's LocaleMiddleware, except that a 404 in the Wagtail admin stays a 404.

For a 404 on a path without a language prefix, Django redirects to the same path under the
current language when that path is valid; with Wagtail's catch-all page route under
i18n_patterns every path is, so a missing object in the admin (an unassigned reviewer
opening a proposal) became a redirect to /fi/admin/... and the public site's page-not-found.
The admin has no language prefix: its 404 is answered as it is.
"""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .admin_access import ADMIN_PREFIX


class AdminAwareLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(ADMIN_PREFIX):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
