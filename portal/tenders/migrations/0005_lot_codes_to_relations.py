"""The codes of each lot's municipalities become relations to the terms' rows, in the tender
pages' revisions and translation sources too (a lot is serialised inside its tender)."""

import json

from django.db import migrations


def codes_to_relations(apps, schema_editor):
    ids = dict(apps.get_model("taxonomy", "Municipality").objects.values_list("code", "pk"))
    lot = apps.get_model("tenders", "Lot")
    through = lot._meta.get_field("municipalities").remote_field.through
    through.objects.bulk_create([
        through(lot_id=pk, municipality_id=ids[code])
        for pk, codes in lot.objects.values_list("pk", "municipalities_codes")
        for code in dict.fromkeys(codes or []) if code in ids
    ])

    content_type = apps.get_model("contenttypes", "ContentType").objects.filter(
        app_label="tenders", model="tenderpage").first()
    if content_type is None:
        return

    def remap(content):
        changed = False
        for lot_content in content.get("lots") or []:
            codes = lot_content.get("municipalities")
            if isinstance(codes, list) and any(isinstance(code, str) for code in codes):
                lot_content["municipalities"] = [ids[code] for code in dict.fromkeys(codes)
                                                 if code in ids]
                changed = True
        return changed

    for row in apps.get_model("wagtailcore", "Revision").objects.filter(
            content_type=content_type).only("content"):
        if isinstance(row.content, dict) and remap(row.content):
            row.save(update_fields=["content"])
    for row in apps.get_model("wagtail_localize", "TranslationSource").objects.filter(
            specific_content_type=content_type).only("content_json"):
        content = json.loads(row.content_json)
        if remap(content):
            row.content_json = json.dumps(content)
            row.save(update_fields=["content_json"])


class Migration(migrations.Migration):

    dependencies = [
        ("tenders", "0004_lot_terms_as_relations"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(codes_to_relations, migrations.RunPython.noop),
    ]
