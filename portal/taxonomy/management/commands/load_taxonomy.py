from django.core.management.base import BaseCommand

from portal.taxonomy.terms import load_terms


class Command(BaseCommand):
    help = ("Load the county's service areas, contract types, municipalities and CPV codes in "
            "Finnish, Swedish and English (portal/taxonomy/data/terms.yaml); terms already "
            "there are kept.")

    def handle(self, *args, **options):
        load_terms(self.stdout)
