"""The Wagtail admin's front door: staff sign in through allauth, with a second factor.

Wagtail's own /admin/login/ would let a password alone in, past allauth's multi-factor step,
so it sends people to the portal's sign-in instead. With STAFF_REQUIRE_MFA (on by default
in production), a staff member without an authenticator app is sent to set one up before
any admin page opens, and one who has an app must have entered its code in this session: a
session that some other way signed in with a password alone (a future sign-in path, a
mistake in a flow) is sent to enter the code before the admin opens.
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


def _sign_in_or_go_on(request, default):
    """The portal's sign-in, or, for a user already signed in, the page asked for: that page
    lets them in or refuses them (portal.core.refusals), instead of a sign-in page that would
    send them straight back."""
    target = request.GET.get("next") or default
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = default
    if request.user.is_authenticated:
        return redirect(target)
    return redirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


def admin_login(request):
    """Wagtail's login URL, answered with the portal's sign-in (which asks for the code)."""
    return _sign_in_or_go_on(request, ADMIN_PREFIX)


def frontend_login(request):
    """Wagtail's sign-in for private pages (/_util/login/), answered with the portal's: its
    password form would sign staff in without the second factor and without allauth's rate
    limits, and the admin would then let them in."""
    return _sign_in_or_go_on(request, "/")


def may_use_admin(user):
    """Staff, and anyone a group lets into the admin (pilot reviewers and managers need not
    be staff): all of them need the second factor."""
    return user.is_authenticated and (
        user.is_staff or user.has_perm("wagtailadmin.access_admin"))


def used_second_factor(request):
    """Whether this session's sign-in (or a later re-authentication) included the code."""
    return any(record.get("method") == "mfa"
               for record in get_authentication_records(request, request.user))


class StaffMultiFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "STAFF_REQUIRE_MFA", False)
            and request.path.startswith(ADMIN_PREFIX)
            and may_use_admin(request.user)
            and not is_mfa_enabled(request.user, types=["totp"])
        ):
            messages.warning(request, _(
                "Staff must use two-factor authentication. Set up an authenticator app to "
                "continue to the admin."))
            return redirect("mfa_activate_totp")
        if (
            getattr(settings, "STAFF_REQUIRE_MFA", False)
            and request.path.startswith(ADMIN_PREFIX)
            and may_use_admin(request.user)
            and not used_second_factor(request)
        ):
            messages.info(request, _(
                "Enter the code from your authenticator app to continue to the admin."))
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        return self.get_response(request)
