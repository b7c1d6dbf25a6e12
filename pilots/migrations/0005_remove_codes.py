from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("pilots", "0004_codes_to_relations"),
    ]

    operations = [
        migrations.RemoveField("pilotcallpage", "service_areas_codes"),
        migrations.RemoveField("pilotcallpage", "municipalities_codes"),
        migrations.RemoveField("proposal", "municipalities_codes"),
    ]
