"""The stored rows as 0004 wants them (data):

- each facet value gets its entry's language;
- each entry gets its facet values as codes ("facet:value");
- PostgreSQL: every entry is written again (by the codes' update), so that its vector is stored
  in the row (the trigger computes each vector from the row's terms again: no search result
  changes), and what waits in the GIN index's pending list is merged into the index.
"""

from django.db import migrations
from django.db.models import OuterRef, Subquery

CODES = {
    "postgresql": """
        UPDATE search_searchentry SET facet_codes = coalesce(
            (SELECT jsonb_agg(facet || ':' || value ORDER BY id) FROM search_searchfacetvalue
             WHERE entry_id = search_searchentry.id), '[]'::jsonb)
    """,
    "sqlite": """
        UPDATE search_searchentry SET facet_codes = coalesce(
            (SELECT json_group_array(facet || ':' || value) FROM search_searchfacetvalue
             WHERE entry_id = search_searchentry.id), '[]')
    """,
}


def fill(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchFacetValue = apps.get_model("search", "SearchFacetValue")
    SearchFacetValue.objects.update(language=Subquery(
        SearchEntry.objects.filter(pk=OuterRef("entry_id")).values("language")[:1]))
    vendor = schema_editor.connection.vendor
    if vendor in CODES:
        schema_editor.execute(CODES[vendor])
    if vendor == "postgresql":
        schema_editor.execute(
            "SELECT gin_clean_pending_list('search_entry_vector_gin'::regclass)")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_speed")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
