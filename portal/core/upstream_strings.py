"""UI strings of Django itself that its own Finnish catalogue lacks.

Listed here only so that makemessages keeps them in our locale/, which Django consults before
its own catalogues; the function is never called.
"""

from django.utils.translation import ngettext


def _strings_missing_upstream():  # pragma: no cover
    return [
        # django.contrib.auth.password_validation.MinimumLengthValidator (Django 5.2, fi)
        ngettext("This password is too short. It must contain at least %d character.",
                 "This password is too short. It must contain at least %d characters.", 0),
    ]
