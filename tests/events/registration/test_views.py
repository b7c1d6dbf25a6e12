"""The registrant's screens: the event page's panel, registering, the signed links, My page,
and denials (nobody sees another's registration or the online link without one)."""

import datetime

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from portal.events import domain
from portal.events.mailing import link_path
from portal.events.models import Registration
from portal.events.registration_forms import question_field_name

from .conftest import default_answers, make_event

pytestmark = pytest.mark.django_db
SECRET = "https://meet.example.fi/secret-room"


def panel(event, request):
    with translation.override("en"):
        return render_to_string("events/registration/panel.html",
                                {"page": event, "request": request})


def form_data(event, **extra):
    data = {question_field_name(question): "Ei" if question.kind == "choice" else "Vegaani"
            for question in event.questions.all()}
    return {**data, **extra}


def test_a_signed_in_user_registers_in_one_step(client, event, make_user):
    user = make_user()
    client.force_login(user)
    response = client.post(f"/fi/events/{event.pk}/register/", form_data(event))
    assert response.status_code == 302
    registration = Registration.objects.get(user=user)
    assert registration.status == "confirmed"
    diet = next(q for q in event.questions.all() if q.label == "Ruokavalio")
    assert registration.answers[str(diet.translation_key)] == "Vegaani"


def test_registering_on_behalf_of_an_organisation(client, event, admin_and_organisation):
    admin, organisation = admin_and_organisation
    client.force_login(admin)
    client.post(f"/fi/events/{event.pk}/register/",
                form_data(event, on_behalf=str(organisation.pk)))
    assert Registration.objects.get(user=admin).organisation == organisation


def test_someone_elses_organisation_is_refused(client, event, make_user, make_organisation,
                                               admin_and_organisation):
    _admin, organisation = admin_and_organisation

    def make_organisation_for(_other):
        return make_organisation(name="Toinen Oy")

    other_admin = make_user()
    from suppliers.models import Membership
    Membership.objects.create(user=other_admin, organisation=make_organisation_for(None),
                              status="active", status_changed_at=timezone.now())
    client.force_login(other_admin)
    response = client.post(f"/fi/events/{event.pk}/register/",
                           form_data(event, on_behalf=str(organisation.pk)))
    assert response.status_code == 200  # the form says: not a choice
    assert not Registration.objects.filter(organisation=organisation).exists()


def test_bad_input_keeps_what_was_typed(client, event):
    response = client.post(f"/fi/events/{event.pk}/register/",
                           {"name": "Maija Meikäläinen", "email": "ei-osoite",
                            "organisation_name": "Yhdistys ry"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "error-summary" in html
    assert 'value="Maija Meikäläinen"' in html and 'value="Yhdistys ry"' in html
    assert not Registration.objects.exists()


def test_a_guest_confirms_through_the_link(client, event):
    response = client.post(f"/fi/events/{event.pk}/register/", form_data(
        event, name="Vieras", email="vieras@example.fi", organisation_name="Yhdistys ry"))
    assert response.status_code == 302
    registration = Registration.objects.get(email="vieras@example.fi")
    assert registration.status == "pending"
    url = link_path(registration, "confirm")
    page = client.get(url)
    assert page.status_code == 200
    registration.refresh_from_db()
    assert registration.status == "pending"  # a GET (a mail scanner) changes nothing
    assert client.post(url).status_code == 302
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_cancelling_through_the_signed_link(client, event, make_user):
    registration = domain.register(event, user=make_user(), answers=default_answers(event))
    url = link_path(registration, "cancel")
    client.post(url)
    registration.refresh_from_db()
    assert registration.status == "cancelled"


def test_tampered_links_are_refused(client, event, make_user):
    registration = domain.register(event, user=make_user(), answers=default_answers(event))
    url = link_path(registration, "cancel")
    other = domain.register(event, user=make_user(), answers=default_answers(event))
    tampered = [url[:-3] + "abc/", url.replace(f"/{registration.pk}/", f"/{other.pk}/"),
                url.replace("/cancel/", "/accept/"), url.replace("/cancel/", "/delete/")]
    for bad in tampered:
        assert client.get(bad).status_code == 404
        assert client.post(bad).status_code == 404
    registration.refresh_from_db()
    other.refresh_from_db()
    assert registration.status == other.status == "confirmed"


def test_accepting_an_offer_through_the_link(client, make_user):
    event = make_event(capacity=1)
    first = domain.register(event, user=make_user())
    waiting = domain.register(event, user=make_user())
    domain.cancel(first)
    waiting.refresh_from_db()
    client.post(link_path(waiting, "accept"))
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def heading(response):
    import re

    return re.search(r"<h1>(.*?)</h1>", response.content.decode()).group(1)


def test_a_signed_links_page_says_what_became_of_the_registration(client, event):
    guest = domain.register(event, name="Guest", email="guest@example.fi",
                            organisation_name="Association", answers=default_answers(event),
                            language="en")
    confirm, cancel = link_path(guest, "confirm"), link_path(guest, "cancel")
    page = client.get(confirm)
    assert heading(page) == "Confirm your registration"
    assert "<title>Confirm your registration:" in page.content.decode()
    done = client.post(confirm, follow=True)
    assert heading(done) == "Your registration is confirmed"
    assert "<button" not in done.content.decode().split("<h1>")[1].split("</main>")[0]
    assert "<title>Your registration is confirmed:" in done.content.decode()
    # The cancel link still offers to cancel; once done, it says so, as the old link does.
    assert heading(client.get(cancel)) == "Cancel your registration"
    assert heading(client.post(cancel, follow=True)) == "Your registration is cancelled"
    assert heading(client.get(confirm)) == "Your registration is cancelled"


def test_an_accepted_place_and_a_full_event_are_headed_as_they_are(client, make_user):
    event = make_event(capacity=1)
    domain.register(event, user=make_user())
    guest = domain.register(event, name="Guest", email="guest@example.fi",
                            organisation_name="Association", language="en")
    confirmed_late = client.post(link_path(guest, "confirm"), follow=True)
    assert heading(confirmed_late) == "You are on the waiting list"
    first = Registration.objects.get(status="confirmed")
    domain.cancel(first)
    guest.refresh_from_db()
    assert guest.status == "offered"
    accept = link_path(guest, "accept")
    assert heading(client.get(accept)) == "Accept the offered place"
    assert heading(client.get(link_path(guest, "confirm"))) == "A place is offered to you"
    assert heading(client.post(accept, follow=True)) == "Your registration is confirmed"


def test_cancelling_on_my_page(client, event, make_user):
    user = make_user()
    registration = domain.register(event, user=user, answers=default_answers(event))
    client.force_login(user)
    assert event.title in client.get("/fi/events/my-registrations/").content.decode()
    client.post(f"/fi/events/my-registrations/{registration.pk}/cancel/")
    registration.refresh_from_db()
    assert registration.status == "cancelled"


def test_nobody_sees_or_cancels_anothers_registration(client, event, make_user):
    owner = make_user()
    registration = domain.register(event, user=owner, answers=default_answers(event))
    client.force_login(make_user())
    assert event.title not in client.get("/fi/events/my-registrations/").content.decode()
    for action in ("cancel", "accept"):
        response = client.post(f"/fi/events/my-registrations/{registration.pk}/{action}/")
        assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    client.logout()
    assert client.post(f"/fi/events/my-registrations/{registration.pk}/cancel/") \
        .status_code == 302  # to sign in
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_the_panel_shows_the_online_link_only_to_confirmed(event, make_user, panel_request):
    assert SECRET not in panel(event, panel_request())
    confirmed = [make_user(), make_user()]
    for user in confirmed:
        domain.register(event, user=user, answers=default_answers(event))
    waiting = make_user()
    domain.register(event, user=waiting, answers=default_answers(event))
    assert SECRET in panel(event, panel_request(confirmed[0]))
    waiting_html = panel(event, panel_request(waiting))
    assert SECRET not in waiting_html and "position 1" in waiting_html
    stranger_html = panel(event, panel_request(make_user()))
    assert SECRET not in stranger_html
    assert "Join the waiting list" in stranger_html


def test_the_panel_offers_the_form_and_the_states(event, make_user, panel_request):
    html = panel(event, panel_request())
    # A visitor is led to the form on its own page (the event page stays cacheable) ...
    assert f'href="/en/events/{event.pk}/register/"' in html and "<form" not in html
    # ... which asks a guest's name and e-mail.
    with translation.override("en"):
        form_page = Client().get(f"/en/events/{event.pk}/register/").content.decode()
    assert 'name="email"' in form_page and 'name="name"' in form_page
    user = make_user()
    html = panel(event, panel_request(user))
    assert 'name="email"' not in html and "Register" in html
    domain.register(event, user=user, answers=default_answers(event))
    html = panel(event, panel_request(user))
    assert "You are registered" in html and "Cancel my registration" in html


def test_the_panel_of_a_cancelled_or_past_event(make_user, panel_request):
    event = make_event()
    domain.cancel_event(event)
    event.refresh_from_db()
    assert "cancelled" in panel(event, panel_request())
    start = timezone.now() - datetime.timedelta(days=2)
    past = make_event(start=start, end=start + datetime.timedelta(hours=1))
    assert "over" in panel(past, panel_request())


@pytest.mark.parametrize("count", [1, 4])
def test_the_panel_takes_a_fixed_number_of_queries(count, make_user, panel_request,
                                                  admin_and_organisation):
    event = make_event(capacity=2, questions=[{"label": "Kysymys", "kind": "short_text"}])
    for _ in range(count):
        domain.register(event, user=make_user())
    admin, _organisation = admin_and_organisation
    waiting = make_user()
    domain.register(event, user=waiting)
    for user, expected in ((None, 3), (admin, 5), (waiting, 4)):
        request = panel_request(user)
        with CaptureQueriesContext(connection) as queries:
            panel(event, request)
        assert len(queries) <= expected, [q["sql"] for q in queries]


@pytest.mark.parametrize("count", [1, 4])
def test_my_registrations_take_a_fixed_number_of_queries(client, count, make_user,
                                                         django_assert_num_queries,
                                                         organisation_details):
    user = make_user()
    for _ in range(count):
        event = make_event(capacity=0)
        domain.register(event, user=user)
    client.force_login(user)
    with django_assert_num_queries(13):
        response = client.get("/fi/events/my-registrations/")
    assert response.content.decode().count("card__meta") == count


def test_the_way_back_never_leaves_the_site(client, event, make_user):
    user = make_user()
    registration = domain.register(event, user=user, answers=default_answers(event))
    client.force_login(user)
    response = client.post(f"/fi/events/my-registrations/{registration.pk}/cancel/",
                           {"next": "https://evil.example/"})
    assert response.status_code == 302 and "evil" not in response["Location"]
