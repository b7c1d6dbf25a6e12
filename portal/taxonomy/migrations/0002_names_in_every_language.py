"""Terms get a name (and a description) per language in one row; the rows of each language
are merged into one in 0003."""

from django.db import migrations, models

NAMED = ("contracttype", "cpvcode", "municipality", "servicearea")
DESCRIBED = ("contracttype", "servicearea")


def _language_fields(field, kind, model_names):
    operations = []
    for model in model_names:
        operations.append(migrations.RenameField(model, field, f"{field}_fi"))
        for language in ("sv", "en"):
            operations.append(migrations.AddField(model, f"{field}_{language}",
                                                  kind(default="", blank=True)))
    return operations


class Migration(migrations.Migration):

    dependencies = [
        ("taxonomy", "0001_initial"),
        # It reads the names of the rows per language, as they were before this.
        ("metrics", "0003_report_names_in_every_language"),
    ]

    operations = [
        *_language_fields("name", lambda **kw: models.CharField(max_length=200, **kw), NAMED),
        *_language_fields("description", models.TextField, DESCRIBED),
    ]
