"""Staff users of the metrics screens' tests: with and without the metrics permission, in
the admin language they prefer."""

from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile


def staff_user(django_user_model, *codenames, email="seuraaja@example.fi", language="fi"):
    user = django_user_model.objects.create_user(email, email, "x" * 16, is_staff=True)
    group = Group.objects.create(name=f"Group of {email}")
    group.permissions.add(Permission.objects.get(codename="access_admin"),
                          *Permission.objects.filter(codename__in=codenames))
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def controller(django_user_model, language="fi", email="seuraaja@example.fi"):
    user = staff_user(django_user_model, email=email, language=language)
    user.groups.add(Group.objects.get(name="Controllers"))
    return user
