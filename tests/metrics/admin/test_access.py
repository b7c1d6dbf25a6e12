"""Only staff with `metrics.view_metrics` see the metrics: the groups that have it, the 403
for everyone else on every metrics screen and file, the menu item and the buttons."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from portal.metrics.periods import Period
from portal.metrics.reports import generate_report
from tests.events.helpers import make_event
from tests.pilots.helpers import make_call
from tests.tenders.helpers import make_tender

from ..conftest import make_org
from .helpers import controller, staff_user

pytestmark = pytest.mark.django_db


def test_controllers_and_the_staff_groups_may_read_the_metrics():
    for name in ("Controllers", "Editors", "Moderators"):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(content_type__app_label="metrics",
                                        codename="view_metrics").exists()
    assert Group.objects.get(name="Controllers").permissions.filter(
        codename="access_admin").exists()


@pytest.fixture
def urls(db):
    tender, event, call = make_tender(), make_event(), make_call()
    organisation = make_org(timezone.now())
    generate_report(Period.last_full_month())
    month = f"{Period.last_full_month().start:%Y-%m}"
    return [
        "/admin/metrics/", "/admin/metrics/?kind=year&year=2026", "/admin/metrics/reports/",
        f"/admin/metrics/reports/{month}/", f"/admin/metrics/reports/{month}/xlsx/",
        f"/admin/metrics/reports/{month}/csv/?lang=sv",
        f"/admin/metrics/tender/{tender.pk}/", f"/admin/metrics/event/{event.pk}/",
        f"/admin/metrics/call/{call.pk}/",
        f"/admin/metrics/organisations/{organisation.pk}/timeline/",
    ]


def test_staff_without_the_permission_are_refused_everywhere(client, django_user_model, urls):
    client.force_login(staff_user(django_user_model))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 403, url
    assert "/admin/metrics/" not in client.get("/admin/").content.decode()


def test_controllers_reach_every_screen_and_the_menu(client, django_user_model, urls):
    client.force_login(controller(django_user_model))
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert "/admin/metrics/" in client.get("/admin/").content.decode()


def editor(django_user_model):
    user = staff_user(django_user_model, email="toimittaja@example.fi")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_the_pages_and_the_organisation_have_buttons_for_those_who_may(
        client, admin_client, django_user_model):
    tender, event, call = make_tender(), make_event(), make_call()
    organisation = make_org(timezone.now())
    client.force_login(editor(django_user_model))
    for kind, page in (("tender", tender), ("event", event), ("call", call)):
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert f"/admin/metrics/{kind}/{page.pk}/" in html
    html = admin_client.get(f"/admin/snippets/suppliers/organisation/edit/{organisation.pk}/"
                            ).content.decode()
    assert f"/admin/metrics/organisations/{organisation.pk}/timeline/" in html
    html = admin_client.get("/admin/snippets/suppliers/organisation/").content.decode()
    assert f"/admin/metrics/organisations/{organisation.pk}/timeline/" in html


def test_no_buttons_without_the_permission(client, django_user_model):
    tender = make_tender()
    Group.objects.get(name="Editors").permissions.remove(
        Permission.objects.get(codename="view_metrics"))
    client.force_login(editor(django_user_model))
    html = client.get(f"/admin/pages/{tender.pk}/edit/").content.decode()
    assert tender.title in html
    assert f"/admin/metrics/tender/{tender.pk}/" not in html
