#!/usr/bin/env python
"""Django's command-line utility for the portal."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    # On a developer's machine, with nothing configured, manage.py runs in development mode.
    # A deployment sets SECRET_KEY (the WSGI server refuses to start without one), and then
    # DEBUG stays off unless it is set.
    if "SECRET_KEY" not in os.environ and "DEBUG" not in os.environ:
        os.environ["DEBUG"] = "true"
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
