"""CSRF protection of every view, generated from the URL configuration: a POST without the
token is refused everywhere but at the documented exemptions (tests/core/url_registry.py)."""

import pytest
from django.test import Client

from . import url_registry as registry

pytestmark = pytest.mark.django_db


def exempt(route):
    return route.name in registry.CSRF_EXEMPT or \
        route.namespace.split(":")[0] in registry.CSRF_EXEMPT


def refused_for_csrf(response):
    """The CSRF check's refusal: the portal's page for it (CSRF_FAILURE_VIEW), or the REST
    framework's own message in the admin API."""
    return response.status_code == 403 and (
        "403_csrf.html" in {template.name for template in response.templates}
        or b"CSRF" in response.content)


def test_only_the_documented_views_skip_the_csrf_check():
    skipping = {route.key for route in registry.routes()
                if getattr(route.callback, "csrf_exempt", False)
                and not registry.checked_by_rest_framework(route)}
    assert skipping == {route.key for route in registry.routes() if exempt(route)}


def test_a_post_without_the_token_is_refused_by_every_other_view(django_user_model):
    user = django_user_model.objects.create_user("csrf@example.fi", "csrf@example.fi",
                                                 "x" * 16)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    accepted = []
    routes = [route for route in registry.routes()
              if not exempt(route) and not registry.checked_by_rest_framework(route)]
    for route in routes:
        response = client.post(route.example(), {"organisation": "1", "title": "x"})
        if not refused_for_csrf(response):
            accepted.append((route.key, response.status_code))
    assert not accepted
    assert len(routes) > 300


def test_the_admin_api_refuses_a_staff_members_post_without_the_token(django_user_model):
    """The REST framework views check the token themselves, for signed-in staff."""
    staff = django_user_model.objects.create_superuser("staff@example.fi", "staff@example.fi",
                                                       "x" * 16)
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    accepted = []
    routes = [route for route in registry.routes() if registry.checked_by_rest_framework(route)]
    for route in routes:
        response = client.post(route.example(), {})
        if not refused_for_csrf(response):
            accepted.append((route.key, response.status_code))
    assert not accepted
    assert routes


def test_the_same_post_with_the_token_gets_past_the_check(django_user_model):
    """The refusal above is the CSRF check's: with the token the view itself answers."""
    user = django_user_model.objects.create_user("csrf@example.fi", "csrf@example.fi",
                                                 "x" * 16)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    page = client.get("/fi/supplier/alerts/new/")
    token = page.context["csrf_token"]
    response = client.post("/fi/supplier/alerts/new/", {"csrfmiddlewaretoken": str(token)})
    assert response.status_code == 200  # the form again, with its errors
    assert not refused_for_csrf(response)
