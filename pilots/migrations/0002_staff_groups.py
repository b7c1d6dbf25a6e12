"""The pilot roles as groups: "Pilot managers" see and move every proposal, assign reviewers
and release decisions; "Pilot reviewers" review the proposals assigned to them. Both may use
the Wagtail admin. Staff add people to the groups (or make more reviewer groups, each with
the review permission) in the admin's group editor.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MANAGERS = "Pilot managers"
REVIEWERS = "Pilot reviewers"


def create_groups(apps, schema_editor):
    app_config = apps.get_app_config("pilots")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin",
                                          codename="access_admin")
    review = Permission.objects.get(content_type__app_label="pilots",
                                    codename="review_proposals")
    manage = Permission.objects.get(content_type__app_label="pilots",
                                    codename="manage_proposals")
    managers, _ = Group.objects.get_or_create(name=MANAGERS)
    managers.permissions.add(admin_access, manage, review)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(admin_access, review)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[MANAGERS, REVIEWERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pilots", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
