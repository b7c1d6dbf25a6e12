"""seed_demo builds the bilingual demo site, can run again, and creates users in development."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from portal.core.models import OrganisationDetails
from portal.pages.models import HomePage

pytestmark = pytest.mark.django_db


def run_seed(*args):
    output = io.StringIO()
    call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


def test_seed_demo_is_idempotent():
    run_seed()  # the test session's seed has no events: the first run adds them
    pages_before = Page.objects.count()
    run_seed()
    assert Page.objects.count() == pages_before
    assert OrganisationDetails.objects.count() == 3


def test_seed_demo_never_overwrites_what_staff_edited():
    home = HomePage.objects.get(locale__language_code="fi")
    home.hero_title = "Toimittajan muokkaama otsikko"
    home.save_revision().publish()
    run_seed()
    home.refresh_from_db()
    assert home.hero_title == "Toimittajan muokkaama otsikko"


def test_the_site_root_is_the_finnish_home_with_translations():
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "fi"
    assert {page.locale.language_code for page in home.get_translations()} == {"sv", "en"}


def test_no_demo_users_without_debug_unless_asked():
    output = run_seed()
    assert "password" not in output
    assert not get_user_model().objects.filter(email="staff@example.fi").exists()


def test_demo_users_can_sign_in_with_the_printed_credentials(client, settings):
    settings.DEBUG = True
    output = run_seed()
    credentials = dict(re.findall(r"e-mail (\S+)\s+password (\S+)", output))
    assert set(credentials) == {"staff@example.fi", "supplier@example.fi",
                                "pilot.manager@example.fi", "reviewer.one@example.fi",
                                "reviewer.two@example.fi", "reviewer.three@example.fi"}
    staff = get_user_model().objects.get(email="staff@example.fi")
    supplier = get_user_model().objects.get(email="supplier@example.fi")
    assert staff.is_staff and not supplier.is_staff

    response = client.post("/fi/accounts/login/", {
        "login": "supplier@example.fi", "password": credentials["supplier@example.fi"]})
    assert response.status_code == 302
    assert client.get("/fi/").wsgi_request.user == supplier
