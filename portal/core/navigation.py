"""The site chrome every page shares: home link, main menu, footer, breadcrumbs, languages.

Every page shows the same chrome, so it is built once into plain data and kept in the cache
per site and language; publishing, moving or deleting a page, or saving the organisation's
details, starts a new version of it (see signals.py). Production shares the cache between
workers (REDIS_URL); a per-process cache also forgets within CHROME_TTL seconds.
"""

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse, translate_url
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail.models import Page, Site

CHROME_TTL = 300
VERSION_KEY = "chrome:version"


def chrome_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def forget_chrome():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def cached_chrome(name, build, *parts):
    key = ":".join(["chrome", str(chrome_version()), name, *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CHROME_TTL)
    return value


class SiteChrome:
    """Computed once per request, and only when a template asks for it."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def site(self):
        return Site.find_for_request(self.request)

    @cached_property
    def _data(self):
        if self.site is None:
            return {"home_url": "/", "menu": [], "organisation": None}
        language = get_language()
        return cached_chrome("site", lambda: self._build(language), self.site.pk, language)

    def _build(self, language):
        from .models import OrganisationDetails

        root = self.site.root_page
        home = (Page.objects.filter(translation_key=root.translation_key,
                                    locale__language_code=language).live().first() or root)
        menu = [
            {"id": item.id, "path": item.path, "title": item.title,
             "url": item.get_url(self.request)}
            for item in home.get_children().live().public().in_menu().select_related("locale")
        ]
        details = OrganisationDetails.for_active_locale()
        organisation = None
        if details is not None:
            organisation = {
                field: getattr(details, field)
                for field in ("name", "portal_name", "street_address", "postal_code",
                              "post_office", "phone", "email", "business_id", "footer_text")
            }
            organisation["footer_links"] = [
                {"text": link.text, "url": link.page.get_url(self.request)}
                for link in details.footer_links.all() if link.page.live
            ]
        return {"home_url": home.get_url(self.request) or "/", "menu": menu,
                "organisation": organisation}

    @property
    def home_url(self):
        return self._data["home_url"]

    @property
    def main_menu(self):
        """Staff choose the menu with "Show in menus" on the home page's child pages."""
        return self._data["menu"]

    @property
    def organisation(self):
        return self._data["organisation"]


def published_translations(request, page):
    """{language: {"url", "full_url"}} of the page's live translations, itself included."""
    def build():
        return {
            translation.locale.language_code: {
                "url": translation.get_url(request),
                "full_url": translation.get_full_url(request),
            }
            for translation in page.get_translations(inclusive=True).live()
            .select_related("locale")
        }

    return cached_chrome("translations", build, request.get_host(), page.id)


def breadcrumb_trail(request, page):
    """[{"title", "url"}] of the page's ancestors below the root."""
    def build():
        return [{"title": ancestor.title, "url": ancestor.get_url(request)}
                for ancestor in page.get_ancestors().filter(depth__gt=1)
                .select_related("locale")]

    return cached_chrome("breadcrumbs", build, request.get_host(), page.id)


def language_links(request, page=None):
    """One link per language to this page in that language.

    For a Wagtail page, the link goes to its translation, or, where none is published yet,
    to a notice in that language that says so. Other views are reached by translating the
    URL's language prefix.
    """
    current = get_language()
    translations = published_translations(request, page) if page is not None else {}
    # A page's own routes (a calendar view, filters in the query) carry over: their paths
    # and parameters are the same in every language.
    suffix = ""
    if page is not None and current in translations:
        own_url = translations[current]["url"]
        if request.path.startswith(own_url):
            suffix = request.path[len(own_url):]
        if request.META.get("QUERY_STRING"):
            suffix += "?" + request.META["QUERY_STRING"]
    links = []
    for code, name in settings.LANGUAGES:
        link = {"code": code, "name": name, "current": code == current, "available": True}
        if page is not None:
            if code in translations:
                link["url"] = translations[code]["url"] + suffix
            else:
                link["available"] = False
                link["url"] = translate_url(reverse("untranslated_page", args=[page.id]), code)
        else:
            link["url"] = translate_url(request.get_full_path(), code)
        links.append(link)
    return links


def hreflang_alternates(request, page):
    """Absolute URLs of the page's published translations, for <link rel="alternate">."""
    alternates = [{"code": code, "url": translation["full_url"]}
                  for code, translation in published_translations(request, page).items()]
    default = settings.LANGUAGE_CODE
    for alternate in alternates:
        if alternate["code"] == default:
            alternates.append({"code": "x-default", "url": alternate["url"]})
            break
    return alternates
