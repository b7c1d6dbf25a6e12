from django.core.management.base import BaseCommand

from portal.metrics.pageviews import flush_page_views


class Command(BaseCommand):
    help = "Move the page views counted in the cache into the database (run every few minutes)."

    def handle(self, *args, **options):
        moved = flush_page_views()
        self.stdout.write(f"{moved} page views stored.")
