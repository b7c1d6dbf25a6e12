"""Merge each term's per-language rows into the default language's row.

Before this, a term existed once per language (sharing its code) and its name in a row's
own language was in that row. Tenders, organisations and alerts already linked the default
language's rows, except a translated tender's contract type, which wagtail-localize had
moved to the term's own translation. Everything that pointed at another language's row
(relations, and the page revisions and translation sources that hold the ids) is moved to
the merged row before the other rows go.
"""

import json

from django.db import migrations

DEFAULT_LANGUAGE = "fi"
TERM_MODELS = ("ServiceArea", "Municipality", "ContractType", "CPVCode")
DESCRIBED = ("ServiceArea", "ContractType")
# (app, model, relation, term model) of every reference to a term.
MANY_TO_MANY = (
    ("tenders", "TenderPage", "service_areas", "ServiceArea"),
    ("tenders", "TenderPage", "municipalities", "Municipality"),
    ("tenders", "TenderPage", "cpv_codes", "CPVCode"),
    ("suppliers", "Organisation", "service_areas", "ServiceArea"),
    ("suppliers", "Organisation", "municipalities", "Municipality"),
    ("alerts", "AlertSubscription", "service_areas", "ServiceArea"),
    ("alerts", "AlertSubscription", "municipalities", "Municipality"),
    ("alerts", "AlertSubscription", "contract_types", "ContractType"),
    ("alerts", "AlertSubscription", "cpv_codes", "CPVCode"),
)
# A tender page's serialised content (revisions, translation sources): field -> term model.
TENDER_FIELDS = {"service_areas": "ServiceArea", "municipalities": "Municipality",
                 "cpv_codes": "CPVCode", "contract_type": "ContractType"}


def merge_rows(apps, schema_editor):
    merged = {}  # term model -> {old id: merged id}
    for model_name in TERM_MODELS:
        model = apps.get_model("taxonomy", model_name)
        by_code = {}
        for term in model.objects.select_related("locale").order_by("id"):
            by_code.setdefault(term.code, []).append(term)
        moves = merged[model_name] = {}
        for terms in by_code.values():
            keep = next((term for term in terms
                         if term.locale.language_code == DEFAULT_LANGUAGE), terms[0])
            for term in terms:
                # Until now each row's own-language name sat in its name_fi column (0002).
                language = term.locale.language_code
                if language in ("fi", "sv", "en"):
                    setattr(keep, f"name_{language}", term.name_fi)
                    if model_name in DESCRIBED:
                        setattr(keep, f"description_{language}", term.description_fi)
                if term.pk != keep.pk:
                    moves[term.pk] = keep.pk
            keep.save()

    for app, model_name, relation, term_model in MANY_TO_MANY:
        moves = merged[term_model]
        if not moves:
            continue
        through = apps.get_model(app, model_name)._meta.get_field(relation).remote_field.through
        field = apps.get_model(app, model_name)._meta.get_field(relation)
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        existing = set(through.objects.values_list(source, target))
        for link in through.objects.filter(**{f"{target}__in": list(moves)}):
            new = (getattr(link, source), moves[getattr(link, target)])
            if new in existing:
                link.delete()
            else:
                through.objects.filter(pk=link.pk).update(**{target: new[1]})
                existing.add(new)

    tender_page = apps.get_model("tenders", "TenderPage")
    for old, new in merged["ContractType"].items():
        tender_page.objects.filter(contract_type_id=old).update(contract_type_id=new)

    content_type = apps.get_model("contenttypes", "ContentType").objects.filter(
        app_label="tenders", model="tenderpage").first()
    if content_type is None:
        return

    def remap(content):
        changed = False
        for field, term_model in TENDER_FIELDS.items():
            moves, value = merged[term_model], content.get(field)
            if isinstance(value, list):
                new = list(dict.fromkeys(moves.get(pk, pk) for pk in value))
            elif value in moves:
                new = moves[value]
            else:
                continue
            changed |= new != value
            content[field] = new
        return changed

    revision = apps.get_model("wagtailcore", "Revision")
    for row in revision.objects.filter(content_type=content_type).only("content"):
        if isinstance(row.content, dict) and remap(row.content):
            row.save(update_fields=["content"])
    source = apps.get_model("wagtail_localize", "TranslationSource")
    for row in source.objects.filter(specific_content_type=content_type).only("content_json"):
        content = json.loads(row.content_json)
        if remap(content):
            row.content_json = json.dumps(content, cls=_Encoder)
            row.save(update_fields=["content_json"])

    for model_name, moves in merged.items():
        apps.get_model("taxonomy", model_name).objects.filter(pk__in=list(moves)).delete()


class _Encoder(json.JSONEncoder):
    def default(self, o):
        return str(o)


class Migration(migrations.Migration):

    dependencies = [
        ("taxonomy", "0002_names_in_every_language"),
        ("tenders", "0003_national_social_health_procedure"),
        ("suppliers", "0003_remove_self_declared_voucher_producer"),
        ("alerts", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(merge_rows, migrations.RunPython.noop),
    ]
