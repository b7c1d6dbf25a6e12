"""When public pages may have changed: a new page-cache generation, and a proxy purge.

Django's side (portal.core.page_cache) is forgotten as a whole: cheap, and nothing can be
missed. A proxy in front (wagtail.contrib.frontend_cache, when FRONTEND_CACHE_PURGE_URL is
set) is purged per URL: Wagtail purges a published or unpublished page itself; here its
ancestors follow (the listing and home pages that show it), and moved or deleted pages too.
What a proxy keeps otherwise expires after PAGE_CACHE_PROXY_SECONDS.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .page_cache import forget_pages

# Records that public pages show, besides the pages themselves. Not here on purpose: image
# renditions (made while a page renders), revisions and logs (a publish is caught by its
# signal), reference-index rows, suppliers' proposals and reviews (never public).
SHOWN_ON_PUBLIC_PAGES = frozenset({
    "core.organisationdetails", "core.footerlink",
    "taxonomy.servicearea", "taxonomy.municipality", "taxonomy.contracttype",
    "taxonomy.cpvcode",
    "tenders.tendercalendarsettings", "tenders.lot", "tenders.tendertimelineentry",
    "events.eventquestion", "events.registration",  # places left on the event page
    "pilots.callcriterion", "pilots.callquestion", "pilots.callfaq",
    "pilots.pilotfollowup", "pilots.pilotmilestone",  # published pilot results
    "wagtailcore.site", "wagtailcore.locale", "wagtailcore.pageviewrestriction",
    "wagtailcore.collection", "wagtailcore.collectionviewrestriction",
    "wagtailimages.image", "wagtaildocs.document",
})


def _shown_on_public_pages(sender):
    return sender._meta.label_lower in SHOWN_ON_PUBLIC_PAGES or issubclass(sender, Page)


@receiver(post_save)
@receiver(post_delete)
def _record_changed(sender, **kwargs):
    if _shown_on_public_pages(sender):
        forget_pages()


@receiver(m2m_changed)
def _relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and _shown_on_public_pages(type(instance)):
        forget_pages()


def _purge_from_proxy(page):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(page.get_ancestors().filter(depth__gt=1).live().specific())
    batch.purge()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def _page_changed(sender, instance, **kwargs):
    forget_pages()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        # After the commit: the proxy fetches the page again at once, and must see the change.
        transaction.on_commit(lambda: _purge_from_proxy(instance))
