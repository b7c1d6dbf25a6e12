"""Staff's screens of registrations in the Wagtail admin: the list, exports, attendance,
closing, messages, cancellation; 403 without the permission; fixed query counts."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook

from portal.events import domain
from portal.events.models import EventPage, Registration
from portal.notifications.models import OutboundEmail

from .conftest import make_event, staff_user

pytestmark = pytest.mark.django_db
STAFF_URLS = ["registrations/", "registrations/csv/", "registrations/xlsx/", "attendance/",
              "close/", "message/", "cancel/"]


def url(event, suffix=""):
    return f"/admin/events/{event.pk}/{suffix}"


@pytest.fixture
def registered(event, make_user):
    guest = domain.register(event, name="=HYPERLINK(\"http://x\")", email="g@example.fi",
                            organisation_name="+Yhdistys", answers=answers(event, "=1+1"))
    domain.confirm(guest)
    users = [make_user() for _ in range(2)]
    return [guest] + [domain.register(event, user=user, answers=answers(event)) for user in users]


def answers(event, diet=""):
    return {str(q.translation_key): ("Kyllä" if q.kind == "choice" else diet)
            for q in event.questions.all()}


def test_staff_without_the_permission_get_403(client, django_user_model, event):
    client.force_login(staff_user(django_user_model))
    for suffix in STAFF_URLS:
        assert client.get(url(event, suffix)).status_code == 403, suffix
    html = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert url(event, "registrations/") not in html


def test_viewing_is_not_changing(client, django_user_model, event, registered):
    client.force_login(staff_user(django_user_model, "view_registration"))
    for suffix in STAFF_URLS[:3]:
        assert client.get(url(event, suffix)).status_code == 200
    for suffix in STAFF_URLS[3:]:
        assert client.get(url(event, suffix)).status_code == 403
        assert client.post(url(event, suffix), {}).status_code == 403


def test_the_event_page_has_a_registrations_button(admin_client, event):
    assert url(event, "registrations/") in \
        admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()


def test_wagtails_staff_groups_have_the_permissions():
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions
                        .values_list("codename", flat=True))
        assert {"view_registration", "change_registration"} <= codenames


def test_the_list_shows_answers_counts_and_waiting_list(admin_client, event, registered,
                                                        make_user):
    waiting = domain.register(event, user=make_user(), answers=answers(event))
    html = admin_client.get(url(event, "registrations/")).content.decode()
    assert waiting.email in html and "(#1)" in html
    assert "Ruokavalio" in html and "=1+1" in html


def test_the_exports_are_formula_safe(admin_client, event, registered):
    response = admin_client.get(url(event, "registrations/csv/"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 4
    cells = [cell for row in rows[1:] for cell in row]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'+Yhdistys" in cells and "'=1+1" in cells
    workbook = load_workbook(io.BytesIO(admin_client.get(
        url(event, "registrations/xlsx/")).content))
    values = [cell.value for row in workbook.active.iter_rows(min_row=2) for cell in row]
    assert "'=1+1" in values
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in values)


def test_attendance_is_marked_with_one_form(admin_client, make_user):
    start = timezone.now() - datetime.timedelta(hours=1)
    event = make_event(capacity=5, start=timezone.now() + datetime.timedelta(minutes=5),
                       end=start + datetime.timedelta(hours=3))
    people = [domain.register(event, user=make_user()) for _ in range(3)]
    page = admin_client.get(url(event, "attendance/")).content.decode()
    assert "@media print" in page and all(p.name in page for p in people)
    response = admin_client.post(url(event, "attendance/"), {
        f"r{people[0].pk}": "yes", f"r{people[1].pk}": "no", f"r{people[2].pk}": ""})
    assert response.status_code == 302
    assert [Registration.objects.get(pk=p.pk).attended for p in people] == [True, False, None]
    EventPage.objects.filter(pk=event.pk).update(start=start)
    html = admin_client.get(url(event, "close/")).content.decode()
    assert 'value="1"' in html  # the count proposed from the list
    admin_client.post(url(event, "close/"), {"attendee_count": "4"})
    assert EventPage.objects.get(pk=event.pk).attendee_count == 4


def test_closing_too_early_says_why(admin_client, event):
    response = admin_client.post(url(event, "close/"), {"attendee_count": "3"})
    assert response.status_code == 200
    assert EventPage.objects.get(pk=event.pk).closed_at is None


def test_staff_message_all_registrants(admin_client, event, registered):
    response = admin_client.post(url(event, "message/"), {
        "subject": "Muutos", "body": "Sali vaihtuu.", "include_waiting": "on"})
    assert response.status_code == 302
    # Two confirmed and one on the waiting list.
    assert OutboundEmail.objects.filter(template="events_message").count() == 3
    assert admin_client.post(url(event, "message/"), {"subject": ""}).status_code == 200


def test_staff_cancel_the_event(admin_client, event, registered):
    assert admin_client.post(url(event, "cancel/"), {"message": "x"}).status_code == 200
    admin_client.post(url(event, "cancel/"), {"message": "Peruttu.", "confirm": "on"})
    assert EventPage.objects.get(pk=event.pk).cancelled
    assert OutboundEmail.objects.filter(template="events_cancelled").count() == 3


@pytest.mark.parametrize("count", [1, 5])
def test_the_list_takes_a_fixed_number_of_queries(admin_client, count, make_user,
                                                  django_assert_num_queries):
    event = make_event(capacity=2, questions=[{"label": "Q", "kind": "short_text"}])
    for _ in range(count):
        domain.register(event, user=make_user())
    admin_client.get(url(event, "registrations/"))  # warm Wagtail's caches
    with django_assert_num_queries(QUERIES):
        admin_client.get(url(event, "registrations/"))


QUERIES = 12  # with the count of places taken and the questions in the reader's language


# --- In the staff member's language -------------------------------------------------------

def admin_in(client, django_user_model, language, *codenames, name="kasittelija"):
    from wagtail.users.models import UserProfile

    user = staff_user(django_user_model, "view_registration", *codenames, name=name)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return user


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def translated_question(event):
    """The event in English, its first question translated with it."""
    from .conftest import translate

    english = translate(event, "en")
    question = english.questions.get(translation_key=event.questions.first().translation_key)
    question.label = "Diet"
    question.save()
    return english


@pytest.mark.parametrize(("language", "titles"), [
    ("en", ["Name", "E-mail", "Organisation", "Status"]),
    ("sv", ["Namn", "E-post", "Organisation", "Status"]),
    ("fi", ["Nimi", "Sähköposti", "Organisaatio", "Tila"]),
])
def test_the_exports_are_in_the_staff_members_admin_language(
        client, django_user_model, event, registered, language, titles):
    admin_in(client, django_user_model, language)
    other = "fi" if language != "fi" else "en"  # the browser's language does not decide
    rows = csv_rows(client.get(url(event, "registrations/csv/"), HTTP_ACCEPT_LANGUAGE=other))
    assert rows[0][:4] == titles
    workbook = load_workbook(io.BytesIO(client.get(
        url(event, "registrations/xlsx/"), HTTP_ACCEPT_LANGUAGE=other).content))
    assert [cell.value for cell in workbook.active[1]][:4] == titles


def test_english_staff_read_the_questions_of_the_english_translation(
        client, django_user_model, event, registered, translated_question):
    admin_in(client, django_user_model, "en")
    html = client.get(url(event, "registrations/")).content.decode()
    assert '<th scope="col">Diet</th>' in html
    assert "Ruokavalio" not in html
    # The question the translator left as it was keeps the copied label.
    assert "Tarvitsetko tulkkausta?" in html
    header = csv_rows(client.get(url(event, "registrations/csv/")))[0]
    assert header[-2:] == ["Diet", "Tarvitsetko tulkkausta?"]


def test_without_a_translation_staff_read_the_source_questions(
        client, django_user_model, event, registered):
    admin_in(client, django_user_model, "sv")
    html = client.get(url(event, "registrations/")).content.decode()
    assert '<th scope="col">Ruokavalio [fi]</th>' in html
    assert csv_rows(client.get(url(event, "registrations/csv/")))[0][-2] == "Ruokavalio [fi]"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "22 Nov 2026, 15:00"),
    ("sv", "22.11.2026 kl. 15.00"),
    ("fi", "22.11.2026 15.00"),
])
def test_admin_timestamps_are_written_in_the_staff_members_languages_way(
        client, django_user_model, event, registered, language, expected):
    Registration.objects.update(created_at=datetime.datetime(2026, 11, 22, 13, 0,
                                                             tzinfo=datetime.UTC))
    admin_in(client, django_user_model, language)
    html = client.get(url(event, "registrations/")).content.decode()
    assert f"<td>{expected}</td>" in html
    assert "p.m." not in html and "a.m." not in html
    assert csv_rows(client.get(url(event, "registrations/csv/")))[1][7] == expected
