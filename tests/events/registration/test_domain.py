"""Registration rules: capacity and the waiting list, guest confirmation, offers that expire
and pass on, cancellation, reminders once, attendance and closing."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone

from portal.events import domain
from portal.events.models import EventPage, Registration, places_taken, waiting_position
from portal.notifications.models import OutboundEmail

from .conftest import default_answers, make_event, translate

pytestmark = pytest.mark.django_db


def sign_up(event, user, **kwargs):
    return domain.register(event, user=user, answers=default_answers(event), **kwargs)


def templates_to(address):
    return list(OutboundEmail.objects.filter(to=address).order_by("pk")
                .values_list("template", flat=True))


def test_capacity_is_never_exceeded_and_the_rest_wait_in_order(event, make_user):
    users = [make_user() for _ in range(4)]
    registrations = [sign_up(event, user) for user in users]
    assert [r.status for r in registrations] == ["confirmed", "confirmed", "waiting", "waiting"]
    assert [waiting_position(r) for r in registrations[2:]] == [1, 2]
    assert places_taken(event) == 2
    assert templates_to(users[0].email) == ["events_confirmed"]
    assert templates_to(users[2].email) == ["events_waiting"]


def test_reserved_places_are_not_open_for_registration(make_user):
    event = make_event(capacity=3, reserved_places=2)
    first, second = sign_up(event, make_user()), sign_up(event, make_user())
    assert (first.status, second.status) == ("confirmed", "waiting")


def test_an_event_without_capacity_takes_everyone(make_user):
    event = make_event(capacity=None)
    assert {sign_up(event, make_user()).status for _ in range(5)} == {"confirmed"}


def test_one_active_registration_per_address(event, make_user):
    user = make_user()
    sign_up(event, user)
    with pytest.raises(ValidationError):
        sign_up(event, user)
    with pytest.raises(ValidationError):
        domain.register(event, name="Sama", email=user.email.upper(),
                        answers=default_answers(event))


def test_registrations_are_shared_by_the_language_versions(event, make_user):
    swedish = translate(event, "sv")
    sign_up(event, make_user())
    sign_up(swedish, make_user(), language="sv")
    assert places_taken(event) == domain.places_taken(swedish) == 2
    assert sign_up(swedish, make_user()).status == "waiting"


def test_a_required_question_must_be_answered(event, make_user):
    with pytest.raises(ValidationError) as error:
        domain.register(event, user=make_user(), answers={})
    assert any(key.startswith("q_") for key in error.value.message_dict)


def test_registering_on_behalf_of_an_organisation_needs_membership(
        event, make_user, make_organisation):
    organisation = make_organisation()
    with pytest.raises(PermissionDenied):
        sign_up(event, make_user(), organisation=organisation)
    admin = organisation.memberships.get().user
    registration = sign_up(event, admin, organisation=organisation)
    assert registration.organisation == organisation
    assert registration.organisation_label == organisation.name


def test_registration_window_is_respected(make_user):
    now = timezone.now()
    not_yet = make_event(registration_opens=now + datetime.timedelta(days=1))
    closed = make_event(registration_closes=now - datetime.timedelta(hours=1),
                        registration_opens=now - datetime.timedelta(days=2))
    for event in (not_yet, closed):
        with pytest.raises(ValidationError):
            sign_up(event, make_user())


def test_a_guest_holds_no_place_until_confirming(event, make_user):
    guest = domain.register(event, name="Vieras Henkilö", email="vieras@example.fi",
                            organisation_name="Yhdistys ry", answers=default_answers(event))
    assert guest.status == "pending" and guest.user is None
    assert templates_to("vieras@example.fi") == ["events_confirm_guest"]
    assert places_taken(event) == 0
    sign_up(event, make_user())
    sign_up(event, make_user())
    # The two members took the places while the guest had not confirmed: the guest waits.
    domain.confirm(guest)
    assert guest.status == "waiting"
    with pytest.raises(ValidationError):
        domain.confirm(guest)


def test_a_confirmed_guest_gets_the_place(event):
    guest = domain.register(event, name="Vieras", email="v@example.fi",
                            answers=default_answers(event))
    domain.confirm(guest)
    assert guest.status == "confirmed"
    assert templates_to("v@example.fi") == ["events_confirm_guest", "events_confirmed"]


def test_a_freed_place_is_offered_to_the_first_waiting(event, make_user):
    first, _second, waiting_1, waiting_2 = [sign_up(event, make_user()) for _ in range(4)]
    now = timezone.now()
    domain.cancel(first, now=now)
    waiting_1.refresh_from_db()
    waiting_2.refresh_from_db()
    assert waiting_1.status == "offered"
    assert waiting_1.offer_expires_at == now + datetime.timedelta(hours=event.offer_hours)
    assert waiting_2.status == "waiting" and waiting_position(waiting_2) == 1
    assert "events_offer" in templates_to(waiting_1.email)
    # The offer holds the place: a newcomer waits.
    assert sign_up(event, make_user()).status == "waiting"
    domain.accept_offer(waiting_1)
    assert waiting_1.status == "confirmed"
    assert places_taken(event) == 2


def test_an_offer_expires_and_passes_on(event, make_user):
    first, _second, waiting_1, waiting_2 = [sign_up(event, make_user()) for _ in range(4)]
    now = timezone.now()
    domain.cancel(first, now=now)
    later = now + datetime.timedelta(hours=event.offer_hours, minutes=1)
    assert domain.expire_offers(now=later) == 1
    waiting_1.refresh_from_db()
    waiting_2.refresh_from_db()
    assert waiting_1.status == "expired"
    assert waiting_2.status == "offered"
    assert "events_offer_expired" in templates_to(waiting_1.email)
    with pytest.raises(ValidationError):
        domain.accept_offer(waiting_1, now=later)
    # An offer accepted after its time is refused.
    with pytest.raises(ValidationError):
        domain.accept_offer(waiting_2, now=later + datetime.timedelta(days=2))


def test_the_command_expires_offers(event, make_user):
    first, _second, waiting = [sign_up(event, make_user()) for _ in range(3)]
    domain.cancel(first, now=timezone.now() - datetime.timedelta(hours=event.offer_hours + 1))
    call_command("expire_event_offers", stdout=io.StringIO())
    waiting.refresh_from_db()
    assert waiting.status == "expired"


def test_an_offer_never_runs_past_the_start(make_user):
    event = make_event(capacity=1, offer_hours=48,
                       start=timezone.now() + datetime.timedelta(hours=5),
                       end=timezone.now() + datetime.timedelta(hours=6))
    first, waiting = sign_up(event, make_user()), sign_up(event, make_user())
    domain.cancel(first)
    waiting.refresh_from_db()
    assert waiting.offer_expires_at == event.start


def test_cancelling_a_cancelled_registration_is_refused(event, make_user):
    registration = sign_up(event, make_user())
    domain.cancel(registration)
    with pytest.raises(ValidationError):
        domain.cancel(registration)
    # A new registration after the cancellation is a new row.
    assert sign_up(event, registration.user).pk != registration.pk


def test_reminders_are_sent_once(make_user):
    soon = timezone.now() + datetime.timedelta(hours=10)
    event = make_event(start=soon, end=soon + datetime.timedelta(hours=2), reminder_hours=24)
    later = make_event(reminder_hours=24)
    registered = sign_up(event, make_user())
    sign_up(later, make_user())
    assert domain.send_reminders() == 1
    assert domain.send_reminders() == 0
    call_command("send_event_reminders", stdout=io.StringIO())
    assert templates_to(registered.email).count("events_reminder") == 1
    registered.refresh_from_db()
    assert registered.reminder_sent_at is not None


def test_no_reminder_for_an_event_without_one_or_cancelled(make_user):
    soon = timezone.now() + datetime.timedelta(hours=2)
    quiet = make_event(start=soon, end=soon + datetime.timedelta(hours=1), reminder_hours=None)
    cancelled = make_event(start=soon, end=soon + datetime.timedelta(hours=1))
    sign_up(quiet, make_user())
    sign_up(cancelled, make_user())
    domain.cancel_event(cancelled)
    assert domain.send_reminders() == 0


def past_event(**fields):
    start = timezone.now() + datetime.timedelta(hours=1)
    return make_event(start=start, end=start + datetime.timedelta(hours=2), **fields)


def test_attendance_and_closing_count(make_user):
    event = past_event(capacity=5)
    swedish = translate(event, "sv")
    registrations = [sign_up(event, make_user()) for _ in range(3)]
    later = timezone.now() + datetime.timedelta(hours=4)
    domain.mark_attendance(registrations[0], True)
    domain.mark_attendance(registrations[1], True)
    domain.mark_attendance(registrations[2], False)
    domain.close_event(event, now=later)
    for page in (event, swedish):
        page = EventPage.objects.get(pk=page.pk)
        assert page.attendee_count == 2 and page.closed_at == later
    assert "events_thanks" in templates_to(registrations[0].email)
    assert "events_thanks" not in templates_to(registrations[2].email)
    with pytest.raises(ValidationError):
        domain.close_event(event, now=later)


def test_staff_may_give_the_count_themselves(make_user):
    event = past_event()
    sign_up(event, make_user())
    domain.close_event(event, attendee_count=12,
                       now=timezone.now() + datetime.timedelta(hours=4))
    assert EventPage.objects.get(pk=event.pk).attendee_count == 12


def test_an_event_cannot_close_before_it_starts(event):
    with pytest.raises(ValidationError):
        domain.close_event(event)


def test_only_confirmed_registrations_are_marked(event, make_user):
    registrations = [sign_up(event, make_user()) for _ in range(3)]
    with pytest.raises(ValidationError):
        domain.mark_attendance(registrations[2], True)


def test_staff_without_permission_cannot_change(event, make_user, django_user_model):
    from .conftest import staff_user

    staff = staff_user(django_user_model, "view_registration")
    with pytest.raises(PermissionDenied):
        domain.cancel_event(event, user=staff)


def test_cancelling_the_event_tells_everyone(event, make_user):
    translate(event, "sv")
    registrations = [sign_up(event, make_user()) for _ in range(3)]
    domain.cancel_event(event, message="Sairastapaus.")
    assert set(EventPage.objects.filter(translation_key=event.translation_key)
               .values_list("cancelled", flat=True)) == {True}
    for registration in registrations:
        assert "events_cancelled" in templates_to(registration.email)
    email = OutboundEmail.objects.filter(template="events_cancelled").first()
    assert "Sairastapaus." in email.text_body


def test_a_message_reaches_the_registrants(event, make_user):
    registrations = [sign_up(event, make_user()) for _ in range(3)]
    count = domain.message_registrants(event, subject="Uusi sali", body="Sali 2.",
                                       include_waiting=False)
    assert count == 2
    email = OutboundEmail.objects.get(template="events_message", to=registrations[0].email)
    assert email.subject == "Uusi sali" and "Sali 2." in email.text_body
    assert "events_message" not in templates_to(registrations[2].email)


def test_emails_are_in_the_registrants_language(event, make_user):
    translate(event, "sv")
    registration = sign_up(event, make_user(), language="sv")
    email = OutboundEmail.objects.get(to=registration.email)
    assert email.language == "sv"
    assert f"({'sv'})" in email.text_body  # the Swedish title
    assert "/sv/events/registration/" in email.text_body


def test_registrations_are_audit_logged(event, make_user):
    from wagtail.models import PageLogEntry

    registration = sign_up(event, make_user())
    domain.cancel(registration)
    actions = list(PageLogEntry.objects.filter(page=event).values_list("action", flat=True))
    assert "events.register" in actions and "events.cancel" in actions


def test_the_counts_stay_right_with_many(make_user):
    event = make_event(capacity=3)
    registrations = [sign_up(event, make_user()) for _ in range(6)]
    for registration in registrations[:3]:
        domain.cancel(registration)
    assert Registration.objects.of_event(event).holding().count() == 3
    assert domain.expire_offers(
        now=timezone.now() + datetime.timedelta(hours=25)) == 3
    assert Registration.objects.of_event(event).holding().count() == 0
