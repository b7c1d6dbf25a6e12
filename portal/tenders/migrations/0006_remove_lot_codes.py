from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("tenders", "0005_lot_codes_to_relations"),
    ]

    operations = [
        migrations.RemoveField("lot", "municipalities_codes"),
    ]
