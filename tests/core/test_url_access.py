"""Denials generated from the URL configuration (tests/core/url_registry.py): every pattern is
classified, every URL of one user's or one organisation's records refuses visitors, other
suppliers and former members and serves its owner, and every admin URL refuses suppliers.

Refusals are followed to the final page: a redirect to the sign-in page is right for a
visitor, and a loop for a signed-in user (the sign-in page sends them straight back)."""

import uuid
from types import SimpleNamespace

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from django.test.client import RedirectCycleError
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from pilots.models import Proposal
from portal.events import domain as events
from portal.events.models import Registration
from portal.taxonomy.models import ServiceArea
from suppliers import domain as suppliers
from suppliers.alerts import domain as alerts
from suppliers.interests import domain as interests
from suppliers.models import Membership
from tests.events.registration.conftest import make_event
from tests.factories import StandardPageFactory, term, translate
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
    area = term(ServiceArea, "home-care-support")
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


# A refusal or a page reached through more redirects than this is a fault in itself.
MAX_REDIRECTS = 5

# The 403 page's heading, in each language (portal/templates/403.html).
ACCESS_DENIED = {"fi": "Ei käyttöoikeutta", "sv": "Åtkomst nekad", "en": "Access denied"}
ADMIN_IS_FOR_STAFF = {
    "fi": "Ylläpito on hyvinvointialueen henkilöstölle",
    "sv": "Administrationen är avsedd för välfärdsområdets personal",
    "en": "The admin is for the staff of the wellbeing services county",
}


def url_name(path):
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


def follow(client, method, address, data=None, **headers):
    """The final response of a request, its redirects followed: fails on a redirect chain
    that comes back to an address it has visited or that runs past MAX_REDIRECTS."""
    try:
        response = getattr(client, method)(address, data or {}, follow=True, **headers)
    except RedirectCycleError as error:
        pytest.fail(f"{method.upper()} {address}: redirect loop {error}")
    chain = [address] + [url for url, _status in response.redirect_chain]
    assert len(response.redirect_chain) <= MAX_REDIRECTS, (method, chain)
    # Redirects are followed with GET: a form posted and then shown again (post/redirect/
    # get) is no loop, a GET that comes back to an address already visited is.
    visited = chain if method == "get" else chain[1:]
    assert len(set(visited)) == len(visited), (method, "comes back", chain)
    if response.streaming:
        b"".join(response.streaming_content)
    response.final_path = response.request["PATH_INFO"]
    response.chain = chain
    return response


def assert_refused_or_served(response, user, language="fi"):
    """The final page of a signed-in user's request: the page itself, or a refusal in the
    user's language that says why; never the sign-in page again, never a loop."""
    assert url_name(response.final_path) != "account_login", (
        "a signed-in user was sent to sign in", user.email, response.chain)
    assert response.status_code in {200, 403, 404, 405}, (response.status_code,
                                                          response.chain)
    if response.status_code in {403, 404}:
        page = response.content.decode()
        assert f'<html lang="{language}"' in page, response.chain
        if response.status_code == 403:
            assert ACCESS_DENIED[language] in page, response.chain
            assert "<p>" in page.split(ACCESS_DENIED[language], 2)[-1], response.chain


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
    response = follow(as_user(world.owner), "post", address, data)
    assert response.status_code == 200, (name, response.chain)


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
    response = follow(as_user(world.owner), "get", address)
    assert response.status_code == 200, (name, response.chain)
    # Deleting the account asks for the password again first.
    assert response.final_path == address or \
        url_name(response.final_path) == "account_reauthenticate", (name, response.chain)


# --- Staff admin --------------------------------------------------------------------------

def admin_routes():
    return [route for route in registry.routes_of(registry.STAFF)
            if route.name not in registry.ADMIN_PUBLIC]


def test_every_admin_url_refuses_visitors_and_suppliers(make_user):
    """Visitors end on the portal's sign-in page; a signed-in supplier ends on the 403 page
    saying the admin is for staff, with a link to My page, on every admin URL."""
    user = make_user()
    supplier = as_user(user)
    visitor = as_user(None)
    routes = admin_routes()
    for route in routes:
        address = route.example()
        response = follow(visitor, "get", address)
        assert url_name(response.final_path) == "account_login" or \
            response.status_code == 404, (route.key, response.chain)
        for method in ("get", "post"):
            response = follow(supplier, method, address)
            assert_refused_or_served(response, user)
            assert response.status_code == 403, (route.key, method, response.chain)
            page = response.content.decode()
            assert ADMIN_IS_FOR_STAFF["fi"] in page, route.key
            assert f'href="{reverse("suppliers:dashboard")}"' in page, route.key
    assert len(routes) > 100


@pytest.mark.parametrize("language,headers", [
    ("fi", {}),
    ("sv", {"HTTP_ACCEPT_LANGUAGE": "sv-FI,sv;q=0.9"}),
    ("en", {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"}),
])
def test_the_admin_refuses_a_supplier_in_the_suppliers_language(language, headers, make_user):
    """/admin/ has no language prefix: the refusal speaks the language the browser asks for,
    as every unprefixed page does."""
    user = make_user()
    response = follow(as_user(user), "get", "/admin/", **headers)
    assert response.status_code == 403 and not response.redirect_chain
    assert_refused_or_served(response, user, language)
    page = response.content.decode()
    assert ADMIN_IS_FOR_STAFF[language] in page
    assert "private" in response["Cache-Control"]  # it names the user
    with translation.override(language):
        assert f'href="{reverse("suppliers:dashboard")}"' in page


def test_the_language_cookie_chooses_the_refusals_language(make_user):
    user = make_user()
    client = as_user(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    response = follow(client, "get", "/admin/pages/", HTTP_ACCEPT_LANGUAGE="fi")
    assert_refused_or_served(response, user, "sv")
    assert ADMIN_IS_FOR_STAFF["sv"] in response.content.decode()


@pytest.mark.parametrize("language,login_path", [
    ("sv", "/sv/accounts/login/"), ("fi", "/fi/accounts/login/"),
])
def test_the_admin_refuses_in_the_language_the_supplier_signed_in_with(language, login_path,
                                                                        make_user):
    """A supplier signs in on the Swedish site (the site's language links set no cookie),
    then opens /admin/ in a browser that asks for English: the refusal is in Swedish."""
    user = make_user()
    client = Client()
    signed_in = client.post(login_path, {"login": user.email, "password": "x" * 16})
    assert signed_in.status_code == 302, signed_in.content.decode()[:500]
    response = follow(client, "get", "/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert_refused_or_served(response, user, language)
    assert ADMIN_IS_FOR_STAFF[language] in response.content.decode()
    assert response["Content-Language"] == language


def test_wagtails_sign_in_sends_a_signed_in_supplier_to_the_refusal_not_round(make_user):
    user = make_user()
    response = follow(as_user(user), "get", "/admin/login/?next=/admin/pages/")
    assert response.status_code == 403
    assert response.chain == ["/admin/login/?next=/admin/pages/", "/admin/pages/"]
    response = follow(as_user(user), "get", "/fi/accounts/login/?next=/admin/")
    assert response.status_code == 403 and response.final_path == "/admin/"


# --- Every sign-in-protected URL, for a signed-in user without the right ------------------

def test_every_sign_in_protected_url_refuses_a_signed_in_user_without_a_loop(world, make_user):
    """For each URL that needs a signed-in user (the user's own screens, one user's or one
    organisation's records, forms acting for an organisation, the account screens), a
    signed-in user who lacks the right (a supplier without an organisation, a supplier of
    another organisation, a former member) ends on the page itself or on a refusal in their
    language: never on the sign-in page, never in a loop."""
    newcomer = make_user()  # signed in, no organisation yet
    users = (newcomer, world.other, world.former)
    addresses = {name: make(world) for name, make in RECORD_URLS.items()}
    addresses |= {name: address for name, (address, _data) in posted_forms(world).items()}
    for kind in (registry.OWN, registry.ACCOUNT):
        for route in registry.routes_of(kind):
            if route.name not in SHADOWED | {"account_logout"}:
                addresses.setdefault(route.key, route.example())
    checked = set()
    for user in users:
        client = as_user(user)
        for key, address in sorted(addresses.items()):
            for method in ("get", "post"):
                response = follow(client, method, address)
                assert_refused_or_served(response, user)
                checked.add(key)
    protected = {route.key for route in registry.routes()
                 if registry.classify(route) in {registry.OWN, registry.RECORD,
                                                 registry.POSTED_ORGANISATION}}
    assert protected <= checked
    assert len(checked) > 50


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_page_for_certain_groups_refuses_a_signed_in_user_outside_them(language, make_user):
    """Wagtail answers a page restricted to groups with a redirect to sign in, whoever asks:
    a signed-in user outside the groups gets the 403 page instead of a loop."""
    page = StandardPageFactory()
    if language != "fi":
        page = translate(page, language)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Pilot reviewers"))
    address = page.get_url()
    assert follow(as_user(None), "get", address).final_path.endswith("/accounts/login/")
    user = make_user()
    response = follow(as_user(user), "get", address)
    assert response.status_code == 403 and response.chain == [address]
    assert_refused_or_served(response, user, language)
    assert user.email in response.content.decode()
    user.groups.add(Group.objects.get(name="Pilot reviewers"))
    assert follow(as_user(user), "get", address).status_code == 200


def test_a_document_for_certain_groups_refuses_a_signed_in_user_outside_them(make_user):
    collection = Collection.get_first_root_node().add_child(name="Arvioijien aineisto")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Pilot reviewers"))
    document = get_document_model().objects.create(
        title="Arviointiohje", collection=collection,
        file=ContentFile(b"%PDF-1.4\n", name="arviointiohje.pdf"))
    address = document.url
    assert url_name(address) == "wagtaildocs_serve"
    user = make_user()
    response = follow(as_user(user), "get", address)
    assert response.status_code == 403
    assert_refused_or_served(response, user)
    user.groups.add(Group.objects.get(name="Pilot reviewers"))
    assert follow(as_user(user), "get", address).status_code == 200


@override_settings(STAFF_REQUIRE_MFA=True)
def test_staff_who_must_set_up_or_enter_the_second_factor_do_not_loop(django_user_model):
    staff = django_user_model.objects.create_user(
        "hallinto@example.fi", "hallinto@example.fi", "x" * 16, is_staff=True,
        is_superuser=True)
    client = as_user(staff)
    for address in ("/admin/", "/admin/pages/", "/admin/login/?next=/admin/"):
        response = follow(client, "get", address)
        assert response.status_code == 200, response.chain
        assert url_name(response.final_path) in {"account_reauthenticate", "mfa_activate_totp"}
    TOTP.activate(staff, generate_totp_secret())
    response = follow(client, "get", "/admin/pages/")
    assert response.status_code == 200
    assert url_name(response.final_path) == "mfa_reauthenticate", response.chain


def test_the_admins_public_urls_show_nothing_of_anyones_data():
    for route in registry.routes():
        if route.name in registry.ADMIN_PUBLIC:
            assert registry.classify(route) == registry.STAFF
