"""Wagtail's staff groups (Editors, Moderators) may read who is interested in a tender.

Permissions are created after migrations run, so this one creates the app's permissions
first. Staff can take the permission away in the group editor; the migration runs once.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF_GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("interests")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="interests",
                                        codename="view_tenderinterest")
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label="interests",
                                                codename="view_tenderinterest"):
        for group in Group.objects.filter(name__in=STAFF_GROUPS):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("interests", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
