"""The site chrome every page shares: the locale's home page, main menu and language links."""

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.functional import cached_property
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site


class SiteChrome:
    """Computed once per request and only when a template asks for it."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def site(self):
        return Site.find_for_request(self.request)

    @cached_property
    def home_page(self):
        """The home page in the active language, falling back to the site's own root."""
        if self.site is None:
            return None
        root = self.site.root_page
        return (
            Page.objects.filter(translation_key=root.translation_key,
                                locale__language_code=get_language())
            .live().first()
            or root
        )

    @cached_property
    def main_menu(self):
        """Staff choose the menu with "Show in menus" on the home page's child pages."""
        if self.home_page is None:
            return []
        return list(
            self.home_page.get_children().live().public().in_menu().select_related("locale")
        )

    @cached_property
    def organisation(self):
        from .models import OrganisationDetails

        return OrganisationDetails.for_active_locale()


def published_translations(request, page):
    """The page's live translations (itself included) by language, fetched once a request."""
    cache = request.__dict__.setdefault("_portal_translations", {})
    if page.id not in cache:
        cache[page.id] = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live()
            .select_related("locale")
        }
    return cache[page.id]


def language_links(request, page=None):
    """One link per language to this page in that language.

    For a Wagtail page, the link goes to its translation, or, where none is published yet,
    to a notice in that language that says so. Other views are reached by translating the
    URL's language prefix.
    """
    current = get_language()
    translations = published_translations(request, page) if page is not None else {}
    links = []
    for code, name in settings.LANGUAGES:
        link = {"code": code, "name": name, "current": code == current, "available": True}
        if page is not None:
            if code in translations:
                link["url"] = translations[code].get_url(request)
            else:
                link["available"] = False
                link["url"] = translate_url(
                    reverse("untranslated_page", args=[page.id]), code
                )
        else:
            link["url"] = translate_url(request.get_full_path(), code)
        links.append(link)
    return links


def hreflang_alternates(request, page):
    """Absolute URLs of the page's published translations, for <link rel="alternate">."""
    alternates = [
        {"code": code, "url": translation.get_full_url(request)}
        for code, translation in published_translations(request, page).items()
    ]
    default = Locale.get_default().language_code
    for alternate in alternates:
        if alternate["code"] == default:
            alternates.append({"code": "x-default", "url": alternate["url"]})
            break
    return alternates
