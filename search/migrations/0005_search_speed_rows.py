"""The stored rows as 0004 wants them (data):

- each facet value gets its entry's language;
- PostgreSQL: the entries are written again, so that their vectors are stored in the row
  (the trigger computes each vector from the row's terms again: no search result changes),
  and what waits in the GIN index's pending list is merged into it.
"""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def fill(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchFacetValue = apps.get_model("search", "SearchFacetValue")
    SearchFacetValue.objects.update(language=Subquery(
        SearchEntry.objects.filter(pk=OuterRef("entry_id")).values("language")[:1]))
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("UPDATE search_searchentry SET title_terms = title_terms")
        schema_editor.execute(
            "SELECT gin_clean_pending_list('search_entry_vector_gin'::regclass)")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_speed")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
