"""The codes of pilot calls and proposals become relations to the terms' rows (one per term
since taxonomy 0004), in the pages' revisions and translation sources too."""

import json

from django.db import migrations

# (model, relation, term model)
RELATIONS = (("pilotcallpage", "service_areas", "ServiceArea"),
             ("pilotcallpage", "municipalities", "Municipality"),
             ("proposal", "municipalities", "Municipality"))


def codes_to_relations(apps, schema_editor):
    ids = {name: dict(apps.get_model("taxonomy", name).objects.values_list("code", "pk"))
           for name in ("ServiceArea", "Municipality")}
    for model_name, relation, term in RELATIONS:
        model = apps.get_model("pilots", model_name)
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        links = []
        for pk, codes in model.objects.values_list("pk", f"{relation}_codes"):
            for code in dict.fromkeys(codes or []):
                if code in ids[term]:
                    links.append(through(**{source: pk, target: ids[term][code]}))
        through.objects.bulk_create(links)

    content_type = apps.get_model("contenttypes", "ContentType").objects.filter(
        app_label="pilots", model="pilotcallpage").first()
    if content_type is None:
        return

    def remap(content):
        changed = False
        for relation, term in (("service_areas", "ServiceArea"),
                               ("municipalities", "Municipality")):
            codes = content.get(relation)
            if isinstance(codes, list) and any(isinstance(code, str) for code in codes):
                content[relation] = [ids[term][code] for code in dict.fromkeys(codes)
                                     if code in ids[term]]
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
        ("pilots", "0003_terms_as_relations"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(codes_to_relations, migrations.RunPython.noop),
    ]
