"""The supplier screens: who sees what, forms without JavaScript, both languages."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from suppliers import domain
from suppliers.acting import SESSION_KEY
from suppliers.enums import MembershipRole, MembershipStatus
from suppliers.models import Membership, Organisation

pytestmark = pytest.mark.django_db


def url(name, *args, language="fi"):
    with translation.override(language):
        return reverse(f"suppliers:{name}", args=args)


def organisation_urls(organisation, membership):
    """(method, url) of every screen and action of one organisation."""
    pk, mid = organisation.pk, membership.pk
    return [("get", url("detail", pk)), ("get", url("edit", pk)), ("post", url("edit", pk)),
            ("get", url("members", pk)), ("post", url("invite", pk)),
            ("post", url("approve", pk, mid)), ("post", url("decline", pk, mid)),
            ("post", url("change_role", pk, mid)), ("post", url("remove", pk, mid)),
            ("post", url("leave", pk))]


ADMIN_ONLY = {"edit", "invite", "approve", "decline", "role", "remove"}


def test_an_anonymous_visitor_is_sent_to_sign_in(client, admin_and_organisation):
    _admin, organisation = admin_and_organisation
    membership = Membership.objects.get(organisation=organisation)
    for method, address in [("get", url("my_organisations")), ("get", url("create")),
                            *organisation_urls(organisation, membership)]:
        response = getattr(client, method)(address)
        assert response.status_code == 302, address
        assert response["Location"].startswith("/fi/accounts/login/?next="), address


def test_a_non_member_gets_not_found_for_every_url_of_an_organisation(
        client, admin_and_organisation, make_user, make_organisation):
    _admin, organisation = admin_and_organisation
    membership = Membership.objects.get(organisation=organisation)
    outsider = make_user()
    make_organisation(outsider)  # an admin elsewhere is still an outsider here
    client.force_login(outsider)
    for method, address in organisation_urls(organisation, membership):
        response = getattr(client, method)(address, {"role": "member", "email": "a@b.fi"})
        assert response.status_code == 404, address
    response = client.post(url("act_for"), {"organisation": organisation.pk})
    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.is_admin


def test_a_member_gets_forbidden_for_an_admins_work(client, admin_and_organisation,
                                                     add_member):
    admin, organisation = admin_and_organisation
    member = add_member(organisation)
    admin_membership = Membership.objects.get(user=admin)
    client.force_login(member)
    for method, address in organisation_urls(organisation, admin_membership):
        if not any(f"/{part}/" in address for part in ADMIN_ONLY):
            continue
        response = getattr(client, method)(address, {"role": "member", "email": "a@b.fi"})
        assert response.status_code == 403, address
    admin_membership.refresh_from_db()
    assert admin_membership.is_admin
    assert client.get(url("detail", organisation.pk)).status_code == 200
    assert client.get(url("members", organisation.pk)).status_code == 200


@pytest.mark.parametrize(("language", "heading", "label"), [
    ("fi", "Rekisteröi organisaatio", "Y-tunnus"),
    ("sv", "Registrera en organisation", "FO-nummer"),
])
def test_the_registration_form_speaks_finnish_and_swedish(client, make_user, language,
                                                          heading, label):
    client.force_login(make_user())
    html = client.get(url("create", language=language)).content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html and label in html


def test_a_registration_with_errors_keeps_what_was_entered_and_lists_the_errors(
        client, make_user):
    client.force_login(make_user())
    response = client.post(url("create", language="sv"), {
        "name": "Vårdhem Ab", "business_id": "1234567-8", "organisation_type": "company",
        "website": "vardhem.example.fi"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert 'href="#id_business_id"' in html
    assert "Ange ett giltigt FO-nummer" in html
    assert 'value="Vårdhem Ab"' in html and 'value="1234567-8"' in html
    assert not Organisation.objects.filter(name="Vårdhem Ab").exists()


def test_registering_makes_the_user_admin_and_the_organisation_the_one_acted_for(
        client, make_user):
    user = make_user()
    client.force_login(user)
    response = client.post(url("create"), {
        "name": "Vårdhem Ab", "business_id": "2077474 0", "organisation_type": "association",
        "headcount_band": "micro", "turnover_band": "micro", "service_languages": ["fi", "sv"],
        "website": "vardhem.example.fi"})
    organisation = Organisation.objects.get(business_id="2077474-0")
    assert response.status_code == 302
    assert response["Location"] == url("detail", organisation.pk)
    assert organisation.service_languages == ["fi", "sv"]
    assert organisation.website == "https://vardhem.example.fi"
    assert Membership.objects.get(user=user).is_admin
    assert client.session[SESSION_KEY] == organisation.pk
    html = client.get(response["Location"]).content.decode()
    assert "Mikroyritys" in html


def test_registering_a_known_business_id_sends_a_request_to_join(
        client, admin_and_organisation, make_user, django_capture_on_commit_callbacks):
    _admin, organisation = admin_and_organisation
    client.force_login(make_user())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("create"), {
            "name": "Something", "business_id": organisation.business_id,
            "organisation_type": "company"}, follow=True)
    assert "on jo rekisteröity" in response.content.decode()
    assert Membership.objects.filter(organisation=organisation,
                                     status=MembershipStatus.REQUESTED).count() == 1
    assert [message.to for message in mail.outbox] == [["admin@hoiva.example.fi"]]


def test_an_admin_approves_a_request_on_the_members_page(client, admin_and_organisation,
                                                         make_user):
    admin, organisation = admin_and_organisation
    membership = domain.request_to_join(make_user("new@example.fi"), organisation)
    client.force_login(admin)
    html = client.get(url("members", organisation.pk, language="sv")).content.decode()
    assert "new@example.fi" in html and "Godkänn" in html
    response = client.post(url("approve", organisation.pk, membership.pk), follow=True)
    assert response.status_code == 200
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACTIVE


def test_an_admin_changes_a_role_and_removes_a_member(client, admin_and_organisation,
                                                       add_member):
    admin, organisation = admin_and_organisation
    member = add_member(organisation)
    membership = Membership.objects.get(user=member)
    client.force_login(admin)
    client.post(url("change_role", organisation.pk, membership.pk), {"role": "admin"})
    membership.refresh_from_db()
    assert membership.role == MembershipRole.ADMIN
    client.post(url("remove", organisation.pk, membership.pk))
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.LEFT


def test_the_last_admin_is_told_why_they_cannot_leave(client, admin_and_organisation):
    admin, organisation = admin_and_organisation
    client.force_login(admin)
    response = client.post(url("leave", organisation.pk), follow=True)
    assert "organisaation ainoa ylläpitäjä" in response.content.decode()
    assert Membership.objects.get(user=admin).status == MembershipStatus.ACTIVE


def test_an_invitation_link_is_accepted_by_the_signed_in_invitee(
        client, admin_and_organisation, make_user, django_capture_on_commit_callbacks):
    admin, organisation = admin_and_organisation
    invitee = make_user("invitee@example.fi")
    client.force_login(admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("invite", organisation.pk, language="sv"),
                    {"email": "invitee@example.fi"})
    [message] = [m for m in mail.outbox if m.to == ["invitee@example.fi"]]
    assert message.subject == "Inbjudan att gå med i Hoivapalvelu Oy"
    link = message.body.split("http://testserver", 1)[1].split()[0]
    assert link.startswith("/sv/supplier/invitation/")
    client.force_login(invitee)
    assert "Hoivapalvelu Oy" in client.get(link).content.decode()
    response = client.post(link)
    assert response["Location"] == url("detail", organisation.pk, language="sv")
    assert Membership.objects.get(user=invitee).status == MembershipStatus.ACTIVE


def test_an_expired_or_tampered_invitation_link_shows_a_clear_error(
        client, admin_and_organisation, make_user, settings):
    _admin, organisation = admin_and_organisation
    invitee = make_user("invitee@example.fi")
    client.force_login(invitee)
    token = domain.invitation_token(organisation, invitee.email)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")  # always a different token
    response = client.get(url("invitation", tampered, language="sv"))
    assert response.status_code == 400
    assert "Inbjudningslänken är inte giltig" in response.content.decode()

    settings.SUPPLIER_INVITATION_MAX_AGE = -1
    response = client.post(url("invitation", token))
    assert response.status_code == 400
    assert "Kutsu on vanhentunut" in response.content.decode()
    assert not Membership.objects.filter(user=invitee).exists()


def test_a_user_chooses_which_organisation_to_act_for(client, make_user, make_organisation):
    user = make_user()
    first = make_organisation(user, name="A Oy")
    second = make_organisation(user, name="B Oy")
    client.force_login(user)
    response = client.post(url("act_for"), {"organisation": second.pk})
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == second.pk
    html = client.get(url("my_organisations")).content.decode()
    assert f'<option value="{second.pk}" selected>B Oy</option>' in html
    assert f'<option value="{first.pk}">A Oy</option>' in html


@pytest.mark.parametrize("count", [1, 3])
def test_my_organisations_takes_the_same_queries_for_any_number(
        client, make_user, make_organisation, django_assert_num_queries, count):
    user = make_user()
    for number in range(count):
        make_organisation(user, name=f"Organisaatio {number}")
    other = make_organisation()
    domain.request_to_join(user, other)
    client.force_login(user)
    client.get(url("my_organisations"))  # warm the site's caches
    with django_assert_num_queries(6):
        response = client.get(url("my_organisations"))
    assert response.content.decode().count('class="card"') == count + 1


def test_a_denial_is_explained_in_the_users_language(client, admin_and_organisation,
                                                      add_member):
    _admin, organisation = admin_and_organisation
    member = add_member(organisation)
    client.force_login(member)
    response = client.get(f"/sv/supplier/{organisation.pk}/edit/")
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="sv">' in html
    with translation.override("sv"):
        reason = gettext("Only the organisation's admins can do this.")
    assert reason in html and reason != "Only the organisation's admins can do this."


def test_switching_organisation_returns_to_the_page_it_was_asked_from(
        client, make_user, make_organisation):
    user = make_user()
    make_organisation(user, name="Ensimmäinen Oy")
    second = make_organisation(user, name="Toinen Oy")
    client.force_login(user)
    html = client.get(url("my_organisations") + "?next=/fi/supplier/interests/").content.decode()
    assert 'name="next" value="/fi/supplier/interests/"' in html
    response = client.post(url("act_for"), {"organisation": second.pk,
                                            "next": "/fi/supplier/interests/"})
    assert response["Location"] == "/fi/supplier/interests/"
    response = client.post(url("act_for"), {"organisation": second.pk,
                                            "next": "https://evil.example/"})
    assert response["Location"] == url("my_organisations")


@pytest.mark.parametrize(("language", "claim"), [
    ("fi", "palvelusetelituottaja"), ("sv", "servicesedelproducent"), ("sv", "servicesedlar"),
])
def test_a_supplier_cannot_declare_itself_an_approved_voucher_producer(
        client, admin_and_organisation, make_user, language, claim):
    # Only the county approves service-voucher producers: neither the registration nor the
    # edit form offers the claim, and the organisation's page does not show one.
    admin, organisation = admin_and_organisation
    client.force_login(make_user())
    assert claim not in client.get(url("create", language=language)).content.decode().lower()
    client.force_login(admin)
    for name in ("edit", "detail"):
        html = client.get(url(name, organisation.pk, language=language)).content.decode()
        assert claim not in html.lower(), name
    assert "service_voucher_producer" not in {field.name
                                              for field in Organisation._meta.get_fields()}
