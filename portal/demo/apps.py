"""The demo app: in INSTALLED_APPS when DEBUG is on and in the test settings only."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "portal.demo"
    label = "demo"
    verbose_name = "Demo content"
