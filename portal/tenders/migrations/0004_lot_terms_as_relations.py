"""A lot's municipalities become relations to the terms' rows, as its tender's are: added
beside the codes here, filled in 0005 and the codes dropped in 0006 (PostgreSQL does not
alter a table with rows just written in the same transaction)."""

import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("tenders", "0003_national_social_health_procedure"),
        ("taxonomy", "0004_one_term_one_row"),
    ]

    operations = [
        migrations.RenameField("lot", "municipalities", "municipalities_codes"),
        migrations.AddField(
            model_name="lot", name="municipalities",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True, related_name="+", to="taxonomy.municipality",
                verbose_name="municipalities")),
    ]
