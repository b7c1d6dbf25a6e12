"""seed_demo builds the bilingual demo site, creates everything once (running it again
changes nothing, not even what staff edited), and creates users only in development or when
asked.

The package's `whole_demo` (tests/demo/conftest.py) is seed_demo's first run, without DEBUG,
and a second run with `--users --password`: the tests read what those printed and left. Two
tests run it once more, in their own savepoint.
"""

import io
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from portal.core.models import OrganisationDetails
from portal.demo.content import load
from portal.events.models import EventIndexPage, EventPage
from portal.pages.models import HomePage
from suppliers.models import Membership, Organisation

from .conftest import DEMO_PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("whole_demo")]

PILOTS = load("pilots")
DEMO_USERS = {"staff@example.fi", "supplier@example.fi", "pilot.manager@example.fi",
              "reviewer.one@example.fi", "reviewer.two@example.fi",
              "reviewer.three@example.fi"}


def run_seed(*args):
    output = io.StringIO()
    call_command("seed_demo", *args, stdout=output)
    return output.getvalue()


def every_models_count():
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def test_the_site_root_is_the_finnish_home_with_translations():
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "fi"
    assert {page.locale.language_code for page in home.get_translations()} == {"sv", "en"}


def test_the_first_run_creates_the_calls_events_and_proposals(whole_demo):
    assert f"Pilot calls: {len(PILOTS['calls'])} created" in whole_demo.first_run
    assert "Pilot proposals: 16 created" in whole_demo.first_run
    # The demo's events and the past events of the metrics' year of history.
    expected = len(load("events")["events"]) + len(load("metrics")["events"])
    counts = {language: EventPage.objects.filter(locale__language_code=language).count()
              for language in ("fi", "sv", "en")}
    assert counts == {"fi": expected, "sv": expected, "en": expected}
    assert EventIndexPage.objects.count() == 3
    assert OrganisationDetails.objects.count() == 3


def test_no_demo_users_without_debug_unless_asked(whole_demo):
    assert "password" not in whole_demo.first_run
    assert "pilot.manager@example.fi" not in whole_demo.first_run
    assert "staff@example.fi" not in whole_demo.users_after_first_run


def test_a_second_run_creates_nothing_but_the_users_it_was_asked_for(whole_demo):
    second = whole_demo.second_run
    assert "Events: 0 created" in second
    assert "Pilot calls: 0 created" in second
    # (In all: with the proposals of the metrics history's earlier call rounds.)
    assert "Pilot proposals: 0 created, " in second
    assert "History: organisations there already." in second
    assert "Tenders: 0 created" in second


def test_seed_demo_again_changes_nothing_and_keeps_what_staff_edited():
    home = HomePage.objects.get(locale__language_code="fi")
    home.hero_title = "Toimittajan muokkaama otsikko"
    home.save_revision().publish()
    organisation = Organisation.objects.get(business_id="3012345-8")
    organisation.verified = True
    organisation.save()
    counts = every_models_count()

    output = run_seed()

    assert every_models_count() == counts
    home.refresh_from_db()
    assert home.hero_title == "Toimittajan muokkaama otsikko"
    organisation.refresh_from_db()
    assert organisation.verified
    for line in ("Events: 0 created", "Event registrations: 0 created", "Pilot calls: 0 created",
                 "Pilot proposals: 0 created, ", "History: organisations there already.",
                 "Tenders: 0 created"):
        assert line in output


def test_the_logins_of_the_pilot_staff_are_printed_when_asked(whole_demo):
    for email, *_rest in [PILOTS["manager"], *PILOTS["reviewers"]]:
        assert f"e-mail {email}  password {DEMO_PASSWORD}" in whole_demo.second_run
        user = get_user_model().objects.get(email=email)
        assert user.check_password(DEMO_PASSWORD)
        assert user.is_staff and not user.is_superuser
    manager = get_user_model().objects.get(email=PILOTS["manager"][0])
    assert manager.has_perm("pilots.manage_proposals")
    for email, *_rest in PILOTS["reviewers"]:
        reviewer = get_user_model().objects.get(email=email)
        assert reviewer.has_perm("pilots.review_proposals")
        assert not reviewer.has_perm("pilots.manage_proposals")


def test_the_demo_supplier_acts_for_two_organisations(whole_demo):
    assert "supplier@example.fi" in whole_demo.second_run
    memberships = Membership.objects.active().filter(user__email="supplier@example.fi")
    assert memberships.count() == 2
    assert memberships.filter(role="admin").count() == 1


def test_in_development_demo_users_can_sign_in_with_the_printed_credentials(client, settings):
    settings.DEBUG = True
    output = run_seed()
    credentials = dict(re.findall(r"e-mail (\S+)\s+password (\S+)", output))
    assert set(credentials) == DEMO_USERS
    # A fresh password on every run.
    assert DEMO_PASSWORD not in credentials.values()
    staff = get_user_model().objects.get(email="staff@example.fi")
    supplier = get_user_model().objects.get(email="supplier@example.fi")
    assert staff.is_staff and not supplier.is_staff

    response = client.post("/fi/accounts/login/", {
        "login": "supplier@example.fi", "password": credentials["supplier@example.fi"]})
    assert response.status_code == 302
    assert client.get("/fi/").wsgi_request.user == supplier

