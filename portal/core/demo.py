"""Demo users for a developer's own machine, with credentials printed once per run."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

DEMO_USERS = [
    # (e-mail, first name, last name, is staff)
    ("staff@example.fi", "Sanna", "Peltola", True),
    ("supplier@example.fi", "Peter", "Nyberg", False),
]


def seed_users(stdout, password=None):
    """Create (or reset) the staff and supplier demo users and print how to sign in."""
    User = get_user_model()
    lines = []
    for email, first_name, last_name, is_staff in DEMO_USERS:
        user, _created = User.objects.get_or_create(
            username=email, defaults={"email": email, "first_name": first_name,
                                      "last_name": last_name},
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
