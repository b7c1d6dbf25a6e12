"""Pilot calls and proposals refer to taxonomy terms by relation, as tenders do, instead of
lists of codes: the relations are added beside the codes here, filled in 0004 and the codes
dropped in 0005 (three steps: PostgreSQL does not alter a table with rows just written in
the same transaction)."""

from django.db import migrations, models
import modelcluster.fields


class Migration(migrations.Migration):

    dependencies = [
        ("pilots", "0002_staff_groups"),
        ("taxonomy", "0004_one_term_one_row"),
    ]

    operations = [
        migrations.RenameField("pilotcallpage", "service_areas", "service_areas_codes"),
        migrations.RenameField("pilotcallpage", "municipalities", "municipalities_codes"),
        migrations.RenameField("proposal", "municipalities", "municipalities_codes"),
        migrations.AddField(
            model_name="pilotcallpage", name="service_areas",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True, related_name="+", to="taxonomy.servicearea",
                verbose_name="service areas")),
        migrations.AddField(
            model_name="pilotcallpage", name="municipalities",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True, related_name="+", to="taxonomy.municipality",
                verbose_name="municipalities")),
        migrations.AddField(
            model_name="proposal", name="municipalities",
            field=models.ManyToManyField(
                blank=True, related_name="+", to="taxonomy.municipality",
                verbose_name="municipalities")),
    ]
