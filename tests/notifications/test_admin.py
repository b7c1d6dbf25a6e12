"""The outbox in the Wagtail admin: staff read it; nobody adds or edits messages there."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from portal.notifications.domain import suppress
from portal.notifications.enums import EmailStatus, SuppressionReason
from portal.notifications.models import OutboundEmail, SuppressedAddress

pytestmark = pytest.mark.django_db


def stored_message(**fields):
    return OutboundEmail.objects.create(**{
        "to": "toimittaja@example.fi", "language": "fi", "template": "test_message",
        "subject": "Testiviesti", "text_body": "Hei, tämä on testi.", **fields})


def staff_user(django_user_model, *permissions):
    user = django_user_model.objects.create_user("kasittelija", "k@example.fi", "x" * 16,
                                                 is_staff=True)
    group = Group.objects.create(name="Outbox readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"),
                          *Permission.objects.filter(codename__in=permissions))
    user.groups.add(group)
    return user


def test_staff_list_filter_and_search_the_outbox(admin_client):
    stored_message(to="lahetetty@example.fi", status=EmailStatus.SENT)
    stored_message(to="epaonnistui@example.fi", status=EmailStatus.FAILED,
                   last_error="AnymailAPIError: 503")

    html = admin_client.get("/admin/outbox/").content.decode()
    assert "lahetetty@example.fi" in html and "epaonnistui@example.fi" in html
    assert "<title>Lähtevät sähköpostiviestit - Wagtail</title>" in html  # in Finnish

    html = admin_client.get("/admin/outbox/?status=failed").content.decode()
    assert "epaonnistui@example.fi" in html and "lahetetty@example.fi" not in html

    html = admin_client.get("/admin/outbox/?q=lahetetty").content.decode()
    assert "lahetetty@example.fi" in html and "epaonnistui@example.fi" not in html


def test_staff_inspect_a_message_but_cannot_add_or_edit_one(admin_client):
    email = stored_message(status=EmailStatus.FAILED, last_error="AnymailAPIError: 503")

    response = admin_client.get(f"/admin/outbox/inspect/{email.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hei, tämä on testi." in html and "AnymailAPIError: 503" in html
    assert f"/admin/outbox/edit/{email.pk}/" not in html

    for url in ("/admin/outbox/new/", f"/admin/outbox/edit/{email.pk}/",
                f"/admin/outbox/delete/{email.pk}/"):
        assert admin_client.get(url).status_code == 302, url
    assert admin_client.post(f"/admin/outbox/delete/{email.pk}/").status_code == 302
    assert OutboundEmail.objects.filter(pk=email.pk).exists()


def test_the_outbox_is_refused_to_a_user_who_is_not_staff(client, django_user_model):
    supplier = django_user_model.objects.create_user("toimittaja@example.fi",
                                                     "toimittaja@example.fi", "x" * 16)
    client.force_login(supplier)
    response = client.get("/admin/outbox/", follow=True)
    assert response.status_code == 403 and not response.redirect_chain
    assert "Ylläpito on hyvinvointialueen henkilöstölle" in response.content.decode()


def test_staff_need_the_view_permission_to_read_the_outbox(client, django_user_model):
    stored_message()
    user = staff_user(django_user_model)
    client.force_login(user)
    assert client.get("/admin/outbox/")["Location"] == "/admin/"

    user.groups.get().permissions.add(Permission.objects.get(codename="view_outboundemail"))
    user = django_user_model.objects.get(pk=user.pk)  # forget the cached permissions
    client.force_login(user)
    assert client.get("/admin/outbox/").status_code == 200


@pytest.mark.parametrize("item_count", [1, 3])
def test_the_outbox_list_takes_the_same_queries_for_any_number_of_messages(
        admin_client, admin_user, django_assert_num_queries, item_count):
    for number in range(item_count):
        stored_message(to=f"vastaanottaja{number}@example.fi", sent_at=timezone.now(),
                       status=EmailStatus.SENT)
    admin_client.get("/admin/outbox/")  # warm the session and the permission caches
    with django_assert_num_queries(8):
        response = admin_client.get("/admin/outbox/")
    assert response.status_code == 200


def test_staff_take_an_address_off_the_suppression_list(admin_client):
    entry = suppress("pomppaava@example.fi", SuppressionReason.HARD_BOUNCE,
                     detail="Postmark: mailbox not found")

    html = admin_client.get("/admin/suppressed-addresses/").content.decode()
    assert "pomppaava@example.fi" in html and "Estetyt osoitteet" in html
    assert admin_client.get("/admin/suppressed-addresses/new/").status_code == 302

    response = admin_client.post(f"/admin/suppressed-addresses/delete/{entry.pk}/")
    assert response.status_code == 302
    assert not SuppressedAddress.objects.exists()


def test_the_group_editor_offers_only_the_permissions_that_mean_something():
    from wagtail import hooks

    codenames = {permission.codename
                 for hook in hooks.get_hooks("register_permissions")
                 for permission in hook()
                 if permission.content_type.app_label == "notifications"}
    assert codenames == {"view_outboundemail", "view_suppressedaddress",
                         "delete_suppressedaddress"}
