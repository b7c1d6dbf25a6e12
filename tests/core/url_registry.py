"""Every URL pattern of the portal, classified by who may use it, for the tests generated from
the URL configuration (tests/core/test_url_access.py and test_csrf.py).

A pattern that is in none of the classes fails `test_every_url_pattern_is_classified`: a new
view cannot be added without saying who may reach it, and the access tests then cover it.
"""

import re
import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.utils.regex_helper import normalize

# Anyone may read (or, for search, query) these.
PUBLIC = "public"
# allauth's account screens: sign-in, sign-up, password and e-mail management, the second
# factor. Each works on the session's own user only; allauth tests them itself.
ACCOUNT = "account"
# The signed-in user's own lists and forms, with no identifier in the URL: the user (and the
# organisation they act for) comes from the session.
OWN = "own data"
# One user's or one organisation's record, by its identifier in the URL.
RECORD = "record"
# A form on a public page (a tender, an event, a call) that acts for the organisation named in
# the posted form: the organisation must be one the user is an active member of.
POSTED_ORGANISATION = "posted organisation"
# Reached through a link with a signed token from an e-mail; the token is the permission.
SIGNED_LINK = "signed link"
# The ESP's webhooks: anymail checks HTTP basic authentication (ANYMAIL_WEBHOOK_SECRET).
WEBHOOK = "webhook"
# The Wagtail admin and the staff screens under /admin/: staff (or a pilot reviewer) only.
STAFF = "staff admin"

CLASSES = {
    # The site's service URLs.
    "healthz": PUBLIC,
    "robots_txt": PUBLIC,
    "sitemap": PUBLIC,
    "tenders_ocds": PUBLIC,
    "wagtail_serve": PUBLIC,  # Wagtail's pages; private pages have view restrictions
    "untranslated_page": PUBLIC,
    "search:search": PUBLIC,
    # Wagtail's documents: served only for a document's own collection's view restrictions.
    "wagtaildocs_serve": PUBLIC,
    "wagtaildocs_authenticate_with_password": PUBLIC,
    "wagtailcore_authenticate_with_password": PUBLIC,
    "wagtailcore_login": ACCOUNT,  # shadowed by the next one
    "frontend_login_redirect": ACCOUNT,
    # The supplier's own screens.
    "suppliers:dashboard": OWN,
    "suppliers:personal_data": OWN,
    "suppliers:download_data": OWN,
    "suppliers:delete_account": OWN,
    "suppliers:my_organisations": OWN,
    "suppliers:create": OWN,
    "suppliers:interests:mine": OWN,
    "suppliers:alerts:list": OWN,
    "suppliers:alerts:create": OWN,
    "events:mine": OWN,
    "pilots:mine": OWN,
    # Forms that name the organisation they act for.
    "suppliers:act_for": POSTED_ORGANISATION,
    "suppliers:interests:form": POSTED_ORGANISATION,
    "suppliers:interests:withdraw": POSTED_ORGANISATION,
    "events:register": POSTED_ORGANISATION,  # guests may register too, for no organisation
    "pilots:create": POSTED_ORGANISATION,
    # One organisation's or one user's records.
    "suppliers:detail": RECORD,
    "suppliers:edit": RECORD,
    "suppliers:members": RECORD,
    "suppliers:invite": RECORD,
    "suppliers:approve": RECORD,
    "suppliers:decline": RECORD,
    "suppliers:change_role": RECORD,
    "suppliers:remove": RECORD,
    "suppliers:leave": RECORD,
    "suppliers:alerts:edit": RECORD,
    "suppliers:alerts:delete": RECORD,
    "suppliers:alerts:pause": RECORD,
    "suppliers:alerts:resume": RECORD,
    "events:cancel": RECORD,
    "events:accept": RECORD,
    "pilots:detail": RECORD,
    "pilots:edit": RECORD,
    "pilots:submit": RECORD,
    "pilots:withdraw": RECORD,
    "pilots:attachment": RECORD,
    # Links from e-mails.
    "suppliers:invitation": SIGNED_LINK,
    "suppliers:alerts:unsubscribe": SIGNED_LINK,
    "events:link": SIGNED_LINK,
}

# Whole namespaces or URL prefixes whose every pattern belongs to one class.
NAMESPACES = {"anymail": WEBHOOK}
PREFIXES = {"admin/": STAFF, "fi/accounts/": ACCOUNT}

# Admin URLs that Wagtail serves to anyone: static assets of the sign-in page, and the
# password reset, which the portal's sign-in replaces (it only ever mails the address's owner).
ADMIN_PUBLIC = {"wagtailadmin_sprite", "wagtailadmin_javascript_catalog"}

# The only views that accept a POST without a CSRF token, and why.
CSRF_EXEMPT = {
    # The ESP calls its webhooks with HTTP basic authentication and no cookies.
    "anymail": "ESP webhooks, authenticated by ANYMAIL_WEBHOOK_SECRET",
    # RFC 8058 one-click unsubscribe: the mail client posts without a session; the signed
    # token in the URL is the permission, and it only ever switches an alert off.
    "suppliers:alerts:unsubscribe": "one-click unsubscribe (RFC 8058), signed token",
}


def checked_by_rest_framework(route):
    """Wagtail's admin API and wagtail-localize's editor are Django REST framework views:
    Django's middleware leaves them to DRF, whose session authentication checks the token."""
    from rest_framework.views import APIView

    view = getattr(route.callback, "cls", None) or getattr(route.callback, "view_class", None)
    return isinstance(view, type) and issubclass(view, APIView)


@dataclass(frozen=True)
class Route:
    """One URL pattern: its full regex, name (with namespaces), view and an example path."""

    regex: str
    name: str
    callback: object
    namespace: str

    @property
    def key(self):
        return self.name or self.regex

    def example(self):
        """A path this pattern matches, with sample values (1, "x", a UUID) for its
        arguments: the view then answers for a record that does not exist, or its own."""
        for template, params in normalize(self.regex):
            for values in _candidates(params):
                path = "/" + template % values
                if re.fullmatch(self.regex, path[1:]):
                    return path
        raise AssertionError(f"no example path for {self.regex}")


SAMPLES = ["1", "x", str(uuid.UUID(int=1)), "1-x", "x/"]


def _candidates(params):
    yield dict.fromkeys(params, "1")
    for sample in SAMPLES:
        yield dict.fromkeys(params, sample)
    # Mixed: integers first, then text (most patterns are <int:...>/<str:...>).
    for first in SAMPLES:
        for rest in SAMPLES:
            values = dict.fromkeys(params, rest)
            if params:
                values[params[0]] = first
            yield values


def routes():
    """Every URL pattern, walked from the root resolver (language prefix: the active one)."""
    found = []

    def walk(resolver, regex, namespace):
        for pattern in resolver.url_patterns:
            own = pattern.pattern.regex.pattern.lstrip("^")
            if own.endswith("$") and isinstance(pattern, URLPattern):
                own = own[:-1]
            elif own.endswith(r"\Z"):
                own = own[:-2]
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace \
                        else pattern.namespace
                walk(pattern, regex + own, inner)
            else:
                name = f"{namespace}:{pattern.name}" if namespace and pattern.name \
                    else pattern.name or ""
                found.append(Route(regex + own, name, pattern.callback, namespace))

    walk(get_resolver(), "", "")
    return found


def classify(route):
    """The class of a route, or None when it is in none."""
    if route.name in CLASSES:
        return CLASSES[route.name]
    top = route.namespace.split(":")[0]
    if top in NAMESPACES:
        return NAMESPACES[top]
    for prefix, kind in PREFIXES.items():
        if route.regex.startswith(prefix):
            return kind
    return None


def routes_of(kind):
    return [route for route in routes() if classify(route) == kind]


def resolves_to(path, route):
    return resolve(path).func == route.callback
