"""Demo users for a developer's own machine, with credentials printed once per run."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.demo.content import load


def seed_users(stdout, password=None):
    """Create (or reset) the staff and supplier demo users and print how to sign in."""
    User = get_user_model()
    lines = []
    for person in load("users")["users"]:
        email, is_staff = person["email"], person["staff"]
        user, _created = User.objects.get_or_create(
            username=email, defaults={"email": email, "first_name": person["first_name"],
                                      "last_name": person["last_name"]},
        )
        user.email = email
        user.is_staff = user.is_superuser = is_staff
        user_password = password or secrets.token_urlsafe(12)
        user.set_password(user_password)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        lines.append((email, user_password, "staff" if is_staff else "supplier"))
    stdout.write("Demo users (development only):")
    for email, user_password, role in lines:
        stdout.write(f"  {role:9} e-mail {email}  password {user_password}")
