"""Monthly reports frozen before names were kept in every language held municipality names
and tender, event and pilot-call titles in the one language they were made in (Finnish),
so their Swedish files were half Finnish. This gives those rows their names in every
language, looked up by the keys the rows kept (municipality number, translation key). A row
whose municipality or page no longer exists keeps its one label, which the report shows as
it was stored."""

from collections import defaultdict

from django.db import migrations
from django.utils import translation
from django.utils.translation import gettext

PAGE_TABLES = {
    "per_tender": ("tenders", "TenderPage"),
    "per_event": ("events", "EventPage"),
    "per_call": ("pilots", "PilotCallPage"),
}


def _titles(model):
    """{translation key: {language: title}} of the published pages; a translation not
    published yet may still carry its source's title, so drafts count only for pages that
    have no published version at all."""
    published, drafts = defaultdict(dict), defaultdict(dict)
    for key, language, title, live in model.objects.values_list(
            "translation_key", "locale__language_code", "title", "live"):
        (published if live else drafts)[str(key)][language] = title
    return {key: published.get(key) or drafts[key] for key in {*published, *drafts}}


def _lot_labels(apps, tender_titles):
    lots = defaultdict(dict)
    for key, tender_key, number, language, title in apps.get_model("tenders", "Lot").objects \
            .values_list("translation_key", "tender__translation_key", "number",
                         "locale__language_code", "title"):
        tender = tender_titles.get(str(tender_key), {})
        tender_title = tender.get(language) or next(iter(tender.values()), "")
        with translation.override(language):
            # The same wording as the report's own lot rows (indicators._lot_row).
            lots[str(key)][language] = gettext("%(tender)s, lot %(number)s: %(title)s") % {
                "tender": tender_title, "number": number, "title": title}
    return lots


def _municipality_names(model):
    """{code: {language: name}}: from a row per language as the taxonomy was when this
    migration was written (taxonomy 0002 depends on it), or from one row per term with a
    name per language, as it is since (tests run this function on today's models)."""
    municipalities = defaultdict(dict)
    if any(field.name == "locale" for field in model._meta.get_fields()):
        for code, language, name in model.objects.values_list(
                "code", "locale__language_code", "name"):
            municipalities[code][language] = name
        return municipalities
    for code, *names in model.objects.values_list("code", "name_fi", "name_sv", "name_en"):
        municipalities[code] = {language: name for language, name
                                in zip(("fi", "sv", "en"), names, strict=True) if name}
    return municipalities


def names_in_every_language(apps, schema_editor):
    MonthlyReport = apps.get_model("metrics", "MonthlyReport")
    reports = list(MonthlyReport.objects.all())
    if not reports:
        return
    names = {"by_municipality": _municipality_names(apps.get_model("taxonomy", "Municipality"))}
    for table, (app, model) in PAGE_TABLES.items():
        names[table] = _titles(apps.get_model(app, model))
    names["per_lot"] = _lot_labels(apps, names["per_tender"])
    for report in reports:
        changed = False
        for figure in report.figures.values():
            for table, rows in figure.get("breakdowns", {}).items():
                for row in rows if table in names else ():
                    found = names[table].get(str(row.get("key")))
                    if "label" in row and found:
                        del row["label"]
                        row["labels"] = found
                        changed = True
        if changed:
            report.save(update_fields=["figures"])


class Migration(migrations.Migration):

    dependencies = [
        ("metrics", "0002_monthlyreport"),
        ("taxonomy", "0001_initial"),
        ("tenders", "0002_publication_period_end"),
        ("events", "0004_eventpage_related_pilot_call"),
        ("pilots", "0002_staff_groups"),
    ]

    operations = [
        migrations.RunPython(names_in_every_language, migrations.RunPython.noop),
    ]
