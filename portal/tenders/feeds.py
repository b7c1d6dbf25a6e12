"""RSS and Atom feeds of new and changed tenders, one per language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.taxonomy.labels import taxonomy_labels

from .listing import with_relations
from .models import sme_threshold
from .presenters import describe

FEED_LENGTH = 50


class TenderRssFeed(Feed):
    """Tenders by their latest publication, so that a changed tender comes up again."""

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def link(self):
        return self.index.get_url(self.request)

    def description(self):
        return self.index.intro or _("Upcoming procurements and their lots")

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        labels = taxonomy_labels(get_language())
        threshold = sme_threshold()
        tenders = with_relations(
            self.index.tenders().order_by("-last_published_at", "-pk")[:FEED_LENGTH])
        return [describe(tender, labels, threshold) for tender in tenders]

    def item_title(self, item):
        return f"{item.tender.title} ({item.status_label})"

    def item_description(self, item):
        parts = [item.tender.intro]
        if item.planned_publication:
            parts.append(_("Planned publication: %(date)s") % {"date": item.planned_publication})
        if item.lots:
            parts.append(_("Lots: %(count)s, of which SME-sized: %(sme)s")
                         % {"count": len(item.lots), "sme": item.sme_lot_count})
        return " · ".join(part for part in parts if part)

    def item_link(self, item):
        return item.tender.get_url(self.request)

    def item_guid(self, item):
        # Each change is a new item for feed readers: a new guid per publication or status
        # change (Atom readers see the same entry updated instead).
        changed = item.tender.last_published_at or item.tender.first_published_at
        return f"{item.tender.translation_key}@{changed:%Y%m%dT%H%M%S}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.tender.last_published_at or item.tender.first_published_at

    def item_updateddate(self, item):
        return item.tender.last_published_at

    def item_categories(self, item):
        return [item.contract_type, *item.service_areas]


class TenderAtomFeed(TenderRssFeed):
    feed_type = Atom1Feed

    def item_guid(self, item):
        return f"urn:uuid:{item.tender.translation_key}"

    def item_pubdate(self, item):
        return item.tender.first_published_at

    def subtitle(self):
        return self.description()
