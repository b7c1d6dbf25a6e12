"""The monthly follow-up report, and who may read the metrics: a "Controllers" group (admin
access and the metrics) for the people who follow the plan, and Wagtail's staff groups
(Editors, Moderators), who run the tenders, events and calls the figures are about. Staff
change this in the admin's group editor; the migration runs once."""

import django.core.serializers.json
import django.utils.timezone
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

CONTROLLERS = "Controllers"
STAFF_GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("metrics")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view_metrics = Permission.objects.get(content_type__app_label="metrics",
                                          codename="view_metrics")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin",
                                          codename="access_admin")
    controllers, _created = Group.objects.get_or_create(name=CONTROLLERS)
    controllers.permissions.add(admin_access, view_metrics)
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(view_metrics)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=CONTROLLERS).delete()
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label="metrics",
                                                codename="view_metrics"):
        for group in Group.objects.filter(name__in=STAFF_GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):

    dependencies = [
        ('metrics', '0001_initial'),
        ('wagtailcore', '0002_initial_data'),
        ('wagtailadmin', '0001_create_admin_access_permissions'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.CreateModel(
            name='MonthlyReport',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('month', models.DateField(help_text='The first day of the month.', unique=True, verbose_name='month')),
                ('generated_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='generated at')),
                ('figures', models.JSONField(default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder, verbose_name='figures')),
            ],
            options={
                'verbose_name': 'monthly follow-up report',
                'verbose_name_plural': 'monthly follow-up reports',
                'ordering': ['-month'],
                'permissions': [('view_metrics', 'Can view metrics and follow-up reports')],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
