"""A form sent twice (a double click, the back button, a retry by the browser) makes one
event registration, one interest and one pilot proposal, and one e-mail: one post after the
other on any database, and two posts at the same moment on PostgreSQL.

Already tested elsewhere: a pilot proposal's create form posted twice
(tests/pilots/test_supplier_proposals.py::test_posting_the_create_form_twice_makes_one_proposal)
and sent twice (::test_sending_twice_sends_once).
"""

import threading
import uuid

import pytest
from django.contrib.messages import get_messages
from django.db import connection, connections
from django.test import Client
from wagtail.models import PageLogEntry

from pilots.enums import ProposalStatus
from pilots.models import Proposal, ProposalTransition
from portal.events.models import Registration
from portal.notifications.models import OutboundEmail
from suppliers.interests.models import TenderInterest
from tests.events.registration.conftest import make_event
from tests.pilots.helpers import make_call, make_proposal
from tests.pilots.supplier_helpers import form_data as proposal_data
from tests.pilots.supplier_helpers import url as pilot_url
from tests.suppliers.interests.conftest import LOTS
from tests.tenders.helpers import make_tender


def interest_data(organisation, tender):
    return {"organisation": organisation.pk, "mode": "alone", "capacity": "",
            "questions": "", "lots": [str(tender.lots.order_by("number")[0].translation_key)]}


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- One after the other ----------------------------------------------------------------------

@pytest.mark.django_db
def test_an_event_registration_sent_twice_registers_once(client, make_user,
                                                          django_capture_on_commit_callbacks):
    event, user = make_event(), make_user()
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(f"/en/events/{event.pk}/register/")
        second = client.post(f"/en/events/{event.pk}/register/")
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert messages_of(second)[-1] == "You are already registered for this event."
    assert Registration.objects.get(user=user).status == "confirmed"
    assert OutboundEmail.objects.filter(to=user.email).count() == 1


@pytest.mark.django_db
def test_a_tender_interest_sent_twice_registers_once(client, admin_and_organisation):
    user, organisation = admin_and_organisation
    tender = make_tender(title="Kotihoidon tukipalvelut", lots=LOTS)
    client.force_login(user)
    url = f"/fi/supplier/interest/{tender.pk}/"
    first = client.post(url, interest_data(organisation, tender))
    second = client.post(url, interest_data(organisation, tender))
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == tender.url
    assert TenderInterest.objects.filter(organisation=organisation).count() == 1
    assert PageLogEntry.objects.filter(page=tender, action__startswith="interests.").count() \
        == 1


# --- At the same moment, on PostgreSQL --------------------------------------------------------

def at_once(*posts):
    """Run the functions in threads that start together, each with its own database
    connection; their results in order (an exception raised is a result too)."""
    barrier = threading.Barrier(len(posts))
    results = [None] * len(posts)

    def run(index, post):
        try:
            barrier.wait(timeout=30)
            results[index] = post()
        except Exception as error:
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, post))
               for index, post in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a post never finished"
    return results


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip("two posts at the same moment need PostgreSQL (DATABASE_URL)")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_event_registrations_at_once_register_once(postgres, make_user):
    event, user = make_event(), make_user()
    clients = [signed_in(user), signed_in(user)]
    url = f"/en/events/{event.pk}/register/"

    responses = at_once(*(lambda client=client: client.post(url) for client in clients))

    assert [response.status_code for response in responses] == [302, 302]
    assert sorted(message for response in responses for message in messages_of(response)) \
        == ["You are already registered for this event.",
            f"You are registered. A confirmation with a calendar entry was sent to "
            f"{user.email}."]
    assert Registration.objects.filter(user=user).count() == 1
    assert OutboundEmail.objects.filter(to=user.email).count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_tender_interests_at_once_register_once(postgres, admin_and_organisation):
    user, organisation = admin_and_organisation
    tender = make_tender(title="Kotihoidon tukipalvelut", lots=LOTS)
    clients = [signed_in(user), signed_in(user)]
    url = f"/fi/supplier/interest/{tender.pk}/"
    data = interest_data(organisation, tender)

    responses = at_once(*(lambda client=client: client.post(url, data) for client in clients))

    assert [getattr(response, "status_code", response) for response in responses] == [302, 302]
    [interest] = TenderInterest.objects.filter(organisation=organisation)
    assert interest.lots.count() == 1
    assert PageLogEntry.objects.filter(page=tender, action__startswith="interests.").count() \
        == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_pilot_proposal_created_and_sent_twice_at_once_is_one_proposal_sent_once(
        postgres, admin_and_organisation):
    user, organisation = admin_and_organisation
    call = make_call()
    clients = [signed_in(user), signed_in(user)]
    data = {"organisation": organisation.pk, "token": str(uuid.uuid4()),
            **proposal_data(call)}

    created = at_once(*(lambda client=client: client.post(pilot_url("create", call.pk), data)
                        for client in clients))

    assert [getattr(response, "status_code", response) for response in created] == [302, 302]
    [proposal] = Proposal.objects.filter(organisation=organisation)
    assert str(proposal.public_id) == data["token"]

    ready = make_proposal(call, organisation, user, title="Toinen")
    sent = at_once(*(lambda client=client: client.post(pilot_url("submit", ready.public_id))
                     for client in clients))

    assert [response.status_code for response in sent] == [302, 302]
    assert {response["Location"] for response in sent} == {
        pilot_url("detail", ready.public_id)}
    ready.refresh_from_db()
    assert ready.status == ProposalStatus.SUBMITTED
    assert ProposalTransition.objects.filter(proposal=ready).count() == 1
    assert OutboundEmail.objects.filter(to=ready.contact_email,
                                        template__startswith="pilot").count() == 1
