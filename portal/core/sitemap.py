"""sitemap.xml of every public page in every language, with hreflang alternates."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.contrib.sitemaps.views import sitemap
from django.db.models import Q
from django.views.decorators.cache import cache_page
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLanguagesSitemap(Sitemap):
    """Wagtail's own sitemap lists only the active language's tree; this lists all of them."""

    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_a_tree = reduce(or_, (Q(path__startswith=root.path) for root in roots), Q(pk=None))
        return list(
            Page.objects.filter(in_a_tree).live().public().select_related("locale")
            .order_by("locale__language_code", "path").defer_streamfields().specific()
        )

    def _urls(self, page, protocol, domain):
        urls, last_mods = [], set()
        by_translation = defaultdict(list)
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["lang_code"] = item.locale.language_code
                urls.append(url_info)
                by_translation[item.translation_key].append(url_info)
                last_mods.add(url_info.get("lastmod"))
        for group in by_translation.values():
            alternates = [{"lang_code": url["lang_code"], "location": url["location"]}
                          for url in group]
            for url in group:
                url["alternates"] = alternates if len(alternates) > 1 else []
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def _sitemap(request):
    return sitemap(request, sitemaps={"pages": AllLanguagesSitemap(request)})


sitemap_view = cache_page(600)(_sitemap)
