"""A signed-in user who may not see a page is refused, never sent to the sign-in page.

Several parts of the stack answer "not allowed" by redirecting to the sign-in page, whoever
asks: Wagtail's admin for a user without admin access (WAGTAILADMIN_LOGIN_URL), Wagtail's
page and document view restrictions for a user outside the allowed groups
(WAGTAIL_FRONTEND_LOGIN_URL), Django's `login_required`. For a visitor that is right. For a
signed-in user it is a loop: allauth's sign-in page sends an already signed-in user straight
on to `next`, which redirects to the sign-in page again (the browser gives up with "too many
redirects"). This middleware turns such a redirect, for a signed-in user, into the portal's
own 403 page in the user's language, saying why.
"""

from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from .admin_access import ADMIN_PREFIX, may_use_admin
from .views import permission_denied

SIGN_IN_URL_NAMES = {"account_login"}

# The language of the page the user signed in on, kept in the session: the admin's addresses
# carry no language prefix, and the site's language links set no cookie, so without it a
# supplier who signed in in Swedish would be refused at /admin/ in the browser's language.
SIGN_IN_LANGUAGE = "portal_sign_in_language"


@receiver(user_logged_in, dispatch_uid="refusals_sign_in_language")
def _remember_sign_in_language(sender, request, user, **kwargs):
    # The sign-in page's own prefix: a sign-in without one (a test's force_login, a
    # management command) says nothing of the user's language.
    language = request is not None and translation.get_language_from_path(request.path_info)
    if language and hasattr(request, "session"):
        request.session[SIGN_IN_LANGUAGE] = language


def refusal_language(request):
    """The language of a refusal: the address's own prefix, else the language cookie (the
    visitor chose it), else the one the user signed in with, else what LocaleMiddleware
    chose (Accept-Language)."""
    prefixed = translation.get_language_from_path(request.path_info)
    if prefixed:
        return prefixed
    known = {code for code, _name in settings.LANGUAGES}
    for choice in (request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME),
                   request.session.get(SIGN_IN_LANGUAGE)):
        if choice in known:
            return choice
    return translation.get_language()

# The admin URLs that Wagtail serves without admin access (its icons and its script
# translations), and its sign-in, which the portal answers (admin_access.admin_login).
ADMIN_OPEN_URL_NAMES = {
    "wagtailadmin_sprite", "wagtailadmin_javascript_catalog", "admin_login_redirect",
}


def url_name(path):
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


def sends_to_sign_in(response):
    if response.status_code not in (301, 302, 303, 307, 308) or "Location" not in response:
        return False
    location = urlsplit(response["Location"])
    return not location.netloc and url_name(location.path) in SIGN_IN_URL_NAMES


def refused_target(response):
    """The address the sign-in page would have returned to (`next`), or ""."""
    query = parse_qs(urlsplit(response["Location"]).query)
    return (query.get("next") or [""])[0]


class SignedInRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated and sends_to_sign_in(response):
            return refuse(request, refused_target(response) or request.path)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """The admin is refused before Wagtail answers (with a redirect to sign in and an
        error message of its own that the 403 page would repeat); after the CSRF check,
        which comes earlier in MIDDLEWARE."""
        user = request.user
        if (user.is_authenticated and request.path_info.startswith(ADMIN_PREFIX)
                and not may_use_admin(user)
                and request.resolver_match.url_name not in ADMIN_OPEN_URL_NAMES):
            return refuse(request, request.path)
        return None


def refuse(request, target):
    with translation.override(refusal_language(request)):
        request.LANGUAGE_CODE = translation.get_language()
        response = _refusal(request, target)
        response.headers["Content-Language"] = request.LANGUAGE_CODE
        return response


def _refusal(request, target):
    email = request.user.email
    if target.startswith(ADMIN_PREFIX):
        reason = _(
            "The admin is for the staff of the wellbeing services county. Your account "
            "(%(email)s) has no access to it.") % {"email": email}
    else:
        reason = _(
            "You are signed in as %(email)s, but this account has no access to this "
            "page.") % {"email": email}
    response = permission_denied(request, PermissionDenied(reason), my_page=True)
    # It names the signed-in user: no shared cache may keep it.
    add_never_cache_headers(response)
    return response
