"""Denials generated from the URL configuration (tests/core/url_registry.py): every pattern is
classified, every URL of one user's or one organisation's records refuses visitors, other
suppliers and former members and serves its owner, and every admin URL refuses suppliers."""

import uuid
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse

from pilots.proposals import Proposal
from portal.events import domain as events
from portal.events.registrations import Registration
from portal.taxonomy.models import ServiceArea
from suppliers import domain as suppliers
from suppliers.alerts import domain as alerts
from suppliers.interests import domain as interests
from suppliers.models import Membership
from tests.events.registration.conftest import make_event
from tests.pilots.admin_helpers import attach
from tests.pilots.helpers import make_call, make_proposal
from tests.tenders.helpers import make_tender

from . import url_registry as registry

pytestmark = pytest.mark.django_db

# Wagtail's own sign-in views (the admin's and the private pages'), shadowed on purpose by
# the portal's redirects to allauth's sign-in (portal.core.admin_access): no longer reached.
SHADOWED = {"wagtailadmin_login", "wagtailcore_login"}


@pytest.fixture
def world(make_user, make_organisation, add_member):
    """An organisation with its admin (the owner), a member, a former member and a pending
    request; another supplier's organisation; and the owner's records of every kind."""
    owner = make_user("omistaja@hoiva.example.fi")
    organisation = make_organisation(owner, name="Omistajan Hoiva Oy")
    other = make_user("toinen@kilpailija.example.fi")
    make_organisation(other, name="Kilpailija Oy")
    member = add_member(organisation, "jasen@hoiva.example.fi")
    former = add_member(organisation, "entinen@hoiva.example.fi")
    suppliers.leave(former, organisation)
    applicant = make_user("hakija@example.fi")
    pending = suppliers.request_to_join(applicant, organisation)
    tender = make_tender(lots=[{"number": 1, "title": "Vaasa"}])
    interests.register_interest(owner, organisation, tender, mode="following")
    event = make_event(capacity=5)
    registration = events.register(event, user=owner, organisation=organisation, answers={})
    call = make_call()
    proposal = make_proposal(call, organisation, owner)
    area = ServiceArea.objects.filter(locale__language_code="fi").first()
    alert = alerts.create_subscription(owner, {
        "item_types": ["tender"], "service_areas": [area], "keywords": "ateria"}, language="fi")
    return SimpleNamespace(
        owner=owner, organisation=organisation, other=other, former=former,
        membership=Membership.objects.get(user=member, organisation=organisation),
        pending=pending, tender=tender, event=event, registration=registration, call=call,
        proposal=proposal, attachment=attach(proposal), alert=alert)


def _organisation(name, membership=None):
    return lambda w: reverse(name, args=[w.organisation.pk] + (
        [getattr(w, membership).pk] if membership else []))


def _proposal(name, *extra):
    return lambda w: reverse(name, args=[w.proposal.public_id] + [
        getattr(w, attribute).pk for attribute in extra])


def _own(name, attribute):
    return lambda w: reverse(name, args=[getattr(w, attribute).pk])


# Each record URL of the registry, for the owner's records; POST-only views are posted to.
RECORD_URLS = {
    "suppliers:detail": _organisation("suppliers:detail"),
    "suppliers:edit": _organisation("suppliers:edit"),
    "suppliers:members": _organisation("suppliers:members"),
    "suppliers:invite": _organisation("suppliers:invite"),
    "suppliers:approve": _organisation("suppliers:approve", "pending"),
    "suppliers:decline": _organisation("suppliers:decline", "pending"),
    "suppliers:change_role": _organisation("suppliers:change_role", "membership"),
    "suppliers:remove": _organisation("suppliers:remove", "membership"),
    "suppliers:leave": _organisation("suppliers:leave"),
    "suppliers:alerts:edit": _own("suppliers:alerts:edit", "alert"),
    "suppliers:alerts:delete": _own("suppliers:alerts:delete", "alert"),
    "suppliers:alerts:pause": _own("suppliers:alerts:pause", "alert"),
    "suppliers:alerts:resume": _own("suppliers:alerts:resume", "alert"),
    "events:cancel": _own("events:cancel", "registration"),
    "events:accept": _own("events:accept", "registration"),
    "pilots:detail": _proposal("pilots:detail"),
    "pilots:edit": _proposal("pilots:edit"),
    "pilots:submit": _proposal("pilots:submit"),
    "pilots:withdraw": _proposal("pilots:withdraw"),
    "pilots:attachment": _proposal("pilots:attachment", "attachment"),
}


def as_user(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def fetch(client, method, address, data=None):
    """The response, read to its end: a file download's handle is closed (the test client
    closes a streamed response when its content has been read)."""
    response = getattr(client, method)(address, data or {})
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def sent_to_sign_in(response):
    return response.status_code == 302 and \
        response["Location"].startswith("/fi/accounts/login/")


def test_every_url_pattern_is_classified():
    unclassified = [route.key for route in registry.routes() if registry.classify(route) is None]
    assert not unclassified, (
        "Say who may use these URLs in tests/core/url_registry.py: " + ", ".join(unclassified))


def test_the_registry_names_only_urls_that_exist():
    names = {route.name for route in registry.routes()}
    assert not set(registry.CLASSES) - names


def test_every_example_path_reaches_its_own_view():
    """The generated paths are real: each resolves to the pattern it was made for."""
    for route in registry.routes():
        if route.name not in SHADOWED:
            assert registry.resolves_to(route.example(), route), route.key


def test_every_record_url_has_its_denial_case():
    assert {route.name for route in registry.routes_of(registry.RECORD)} == set(RECORD_URLS)


@pytest.mark.parametrize("name", sorted(RECORD_URLS))
def test_a_record_is_refused_to_all_but_its_owner(name, world):
    address = RECORD_URLS[name](world)
    owner = as_user(world.owner)
    owner_get = fetch(owner, "get", address).status_code
    # A POST-only view answers 405 to every GET, its owner's too: that tells nothing.
    refused = {403, 404} | ({405} if owner_get == 405 else set())
    for method in ("get", "post"):
        response = fetch(as_user(None), method, address)
        assert sent_to_sign_in(response) or response.status_code == 404, (name, method)
        for user in (world.other, world.former):
            status = fetch(as_user(user), method, address).status_code
            assert status in refused if method == "get" else status in {403, 404}, \
                (name, method, user.email, status)
    if owner_get == 405:
        assert fetch(owner, "post", address).status_code not in {403, 404, 405}, name
    else:
        assert owner_get == 200, name


def test_a_former_member_is_refused_on_every_organisation_url(world):
    """The former member saw all of these while a member: leaving takes them away."""
    client = as_user(world.former)
    response = client.get(reverse("suppliers:my_organisations"))
    assert world.organisation.name not in response.content.decode()
    assert world.proposal.title not in client.get(reverse("pilots:mine")).content.decode()


# --- Forms that act for the organisation named in the posted form -------------------------

def posted_forms(w):
    """(name, URL, form data naming the owner's organisation, allowed statuses of the owner)."""
    return {
        "suppliers:act_for": (reverse("suppliers:act_for"),
                              {"organisation": w.organisation.pk}),
        "suppliers:interests:form": (
            reverse("suppliers:interests:form", args=[w.tender.pk]),
            {"organisation": w.organisation.pk, "mode": "following"}),
        "suppliers:interests:withdraw": (
            reverse("suppliers:interests:withdraw", args=[w.tender.pk]),
            {"organisation": w.organisation.pk}),
        "pilots:create": (reverse("pilots:create", args=[w.call.pk]),
                          {"organisation": w.organisation.pk, "token": str(uuid.uuid4()),
                           "title": "Toisen ehdotus"}),
        "events:register": (reverse("events:register", args=[w.event.pk]),
                            {"on_behalf": str(w.organisation.pk)}),
    }


def test_every_posted_organisation_form_has_its_denial_case(world):
    assert {route.name for route in registry.routes_of(registry.POSTED_ORGANISATION)} == \
        set(posted_forms(world))


@pytest.mark.parametrize("name", ["suppliers:act_for", "suppliers:interests:form",
                                  "suppliers:interests:withdraw", "pilots:create"])
def test_a_form_cannot_act_for_someone_elses_organisation(name, world):
    address, data = posted_forms(world)[name]
    assert sent_to_sign_in(as_user(None).post(address, data))
    for user in (world.other, world.former):
        assert as_user(user).post(address, data).status_code == 404, (name, user.email)
    assert as_user(world.owner).post(address, data).status_code in {200, 302}


def test_a_proposal_form_posted_again_cannot_reach_another_organisations_proposal(world):
    """The create form's token becomes the proposal's id: another supplier posting the
    owner's proposal id as their own token gets nothing of it."""
    other_organisation = Membership.objects.get(user=world.other).organisation
    response = as_user(world.other).post(reverse("pilots:create", args=[world.call.pk]), {
        "organisation": other_organisation.pk, "token": str(world.proposal.public_id),
        "title": "Kaapattu"})
    assert response.status_code == 404
    assert Proposal.objects.get(pk=world.proposal.pk).title == world.proposal.title


def test_an_event_registration_cannot_be_made_for_someone_elses_organisation(world):
    event = make_event(capacity=5)
    address = reverse("events:register", args=[event.pk])
    for user in (world.other, world.former):
        as_user(user).post(address, {"on_behalf": str(world.organisation.pk)})
    assert not Registration.objects.filter(organisation=world.organisation,
                                           event_key=event.translation_key).exists()
    # The owner's own registration on behalf of it goes through (the test can fail).
    as_user(world.owner).post(address, {"on_behalf": str(world.organisation.pk)})
    assert Registration.objects.filter(organisation=world.organisation,
                                       event_key=event.translation_key).exists()


# --- The signed-in user's own screens -----------------------------------------------------

@pytest.mark.parametrize("name", sorted(name for name, kind in registry.CLASSES.items()
                                        if kind == registry.OWN))
def test_own_screens_send_visitors_to_sign_in_and_serve_the_signed_in(name, world):
    address = reverse(name)
    assert sent_to_sign_in(as_user(None).get(address)), name
    response = as_user(world.owner).get(address)
    assert response.status_code == 200 or (
        response.status_code == 302
        and response["Location"].startswith("/fi/accounts/reauthenticate/")), name


# --- Staff admin --------------------------------------------------------------------------

def test_every_admin_url_refuses_visitors_and_suppliers(make_user):
    supplier = as_user(make_user())
    visitor = as_user(None)
    let_in = []
    routes = [route for route in registry.routes_of(registry.STAFF)
              if route.name not in registry.ADMIN_PUBLIC]
    for route in routes:
        address = route.example()
        for client, method in ((visitor, "get"), (supplier, "get"), (supplier, "post")):
            response = fetch(client, method, address)
            # Wagtail's own sign-in (/admin/login/) sends on to the portal's.
            if response.status_code not in {302, 403, 404, 405} or (
                    response.status_code == 302 and not sent_to_sign_in(response)
                    and not response["Location"].startswith("/admin/login/")):
                let_in.append((route.key, method, response.status_code,
                               response.get("Location")))
    assert not let_in
    assert len(routes) > 100


def test_the_admins_public_urls_show_nothing_of_anyones_data():
    for route in registry.routes():
        if route.name in registry.ADMIN_PUBLIC:
            assert registry.classify(route) == registry.STAFF
