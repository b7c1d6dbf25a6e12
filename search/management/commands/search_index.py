"""Rebuild, check or catch up the search index.

    manage.py search_index rebuild     # from scratch, in batches, with progress
    manage.py search_index check       # what is missing from the index, and what is extra
    manage.py search_index catch-up    # send Elasticsearch the changes it missed while down
"""

from django.core.management.base import BaseCommand, CommandError

from search import indexing, service


class Command(BaseCommand):
    help = "Rebuild, check or catch up the search index."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check", "catch-up"])
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, action, batch_size, **options):
        if action == "rebuild":
            engine = "Elasticsearch and the database" if service.elasticsearch_configured() \
                else "the database"
            self.stdout.write(f"Rebuilding the search index in {engine} …")
            total = indexing.rebuild(
                batch_size=batch_size,
                out=lambda count: self.stdout.write(f"  {count} items indexed"))
            self.stdout.write(self.style.SUCCESS(f"Indexed {total} items."))
        elif action == "check":
            problems = 0
            for engine, (missing, extra) in indexing.check().items():
                self.stdout.write(f"{engine}: {len(missing)} missing, {len(extra)} extra")
                for key in missing:
                    self.stdout.write(f"  missing from the index: {key}")
                for key in extra:
                    self.stdout.write(f"  in the index but not searchable: {key}")
                problems += len(missing) + len(extra)
            if problems:
                raise CommandError(f"The index differs from the content in {problems} items; "
                                   "run `manage.py search_index rebuild`.")
            self.stdout.write(self.style.SUCCESS("The index matches the content."))
        else:
            if not service.elasticsearch_configured():
                self.stdout.write("Elasticsearch is not configured: nothing to catch up.")
                return
            sent = indexing.catch_up()
            self.stdout.write(self.style.SUCCESS(f"Sent {sent} changes to Elasticsearch."))
