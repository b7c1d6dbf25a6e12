"""Proposals on My page, in a user's personal data and its erasure, and the reminders of
unsent drafts."""

import datetime
import io
import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from pilots import attachments, workflow
from pilots.enums import STAFF, ProposalStatus
from pilots.models import PilotCallIndexPage, Proposal
from pilots.reminders import send_draft_reminders
from portal.notifications.models import OutboundEmail
from suppliers import personal_data
from suppliers.enums import MembershipRole
from suppliers.models import Membership

from .helpers import add_to_group, index_page, make_call, make_proposal, translate_call
from .supplier_helpers import PDF, remove_stored_files, upload, url  # noqa: F401

S = ProposalStatus
pytestmark = pytest.mark.django_db


def my_page(client, language="en"):
    with translation.override(language):
        return client.get(f"/{language}/supplier/").content.decode()


def proposals_section(html):
    start = html.index('id="dashboard-proposals"')
    return html[start:html.index("</section>", start)]


# --- My page --------------------------------------------------------------------------------

def test_members_of_an_organisation_see_its_proposals_and_nobody_else_does(
        client, make_user, make_organisation, add_member):
    call = make_call()
    first_admin, second_admin = make_user(), make_user()
    first, second = make_organisation(first_admin, name="Eka Oy"), \
        make_organisation(second_admin, name="Toka Oy")
    colleague = add_member(first)
    make_proposal(call, first, first_admin, title="Ekan ehdotus")
    make_proposal(call, second, second_admin, title="Tokan ehdotus")

    for user in (first_admin, colleague):
        client.force_login(user)
        section = proposals_section(my_page(client))
        assert "Ekan ehdotus" in section and "Tokan ehdotus" not in section
    client.force_login(second_admin)
    section = proposals_section(my_page(client))
    assert "Tokan ehdotus" in section and "Ekan ehdotus" not in section
    client.force_login(make_user())
    section = proposals_section(my_page(client))
    assert "Your organisation has no pilot proposals." in section


def test_my_page_shows_the_state_what_is_asked_and_the_released_decision(
        client, admin_and_organisation):
    user, organisation = admin_and_organisation
    call = make_call()
    make_proposal(call, organisation, user, title="Luonnos", problem="")
    make_proposal(call, organisation, user, title="Palautettu", status=S.RETURNED,
                  status_reason="Täydennä.",
                  completion_due=timezone.now() + datetime.timedelta(days=2))
    make_proposal(call, organisation, user, title="Valittu", status=S.ACCEPTED,
                  decision_released_at=timezone.now(), decision_letter="Onnittelut!")
    make_proposal(call, organisation, user, title="Odottaa", status=S.DECISION_PENDING,
                  pending_decision="rejected", decision_letter="Ei valittu.")
    # The calls' index in Finnish only: staff have not translated it.
    for untranslated in PilotCallIndexPage.objects.exclude(locale__language_code="fi"):
        untranslated.delete()
    client.force_login(user)
    section = proposals_section(my_page(client))
    assert "Draft" in section and "Send by:" in section and "· one thing still needed" \
        in section
    assert "Returned for completion. Send it again by:" in section
    assert "Decision: Accepted" in section
    # The decision held for release is not told.
    assert "Ei valittu." not in section and "Not selected" not in section
    assert section.count("Decision:") == 1
    assert url("mine", language="en") in section
    assert f'href="{index_page("fi").url}"' in section  # the calls, in Finnish as no other


@pytest.mark.parametrize("count", [1, 3])
def test_the_proposals_section_takes_the_same_queries_for_any_number(
        client, admin_and_organisation, count, django_assert_num_queries):
    from tests.suppliers.test_dashboard import QUERIES

    user, organisation = admin_and_organisation
    for _number in range(count):
        make_proposal(make_call(), organisation, user)
    client.force_login(user)
    client.get("/fi/supplier/")  # warm the site's caches
    # The page's own queries, and the proposals, their calls and their questions.
    with django_assert_num_queries(QUERIES + 2):
        html = client.get("/fi/supplier/").content.decode()
    assert proposals_section(html).count('<li class="card">') == count


# --- Personal data ---------------------------------------------------------------------------

def test_the_download_holds_the_users_proposals(
        admin_and_organisation, remove_stored_files):  # noqa: F811
    user, organisation = admin_and_organisation
    call = make_call()
    proposal = make_proposal(call, organisation, user, status=S.DECISION_PENDING,
                             pending_decision="accepted")
    attachments.store(proposal, attachments.check_upload(upload("liite.pdf", PDF)), by=user)
    data = json.loads(personal_data.export_json(user))["pilot_proposals"]
    assert len(data) == 1
    assert data[0]["reference"] == proposal.reference and data[0]["call"] == call.title
    assert data[0]["status"] == "in_review"  # a held decision is not told here either
    assert data[0]["started_by_me"] is True
    assert data[0]["contact_email"] == user.email
    assert [item["filename"] for item in data[0]["attachments_i_uploaded"]] == ["liite.pdf"]


def test_deleting_an_account_leaves_the_proposal_to_the_organisation(
        admin_and_organisation, make_user, add_member):
    user, organisation = admin_and_organisation
    call = make_call()
    other_admin = add_member(organisation, "toinen.admin@hoiva.example.fi")
    Membership.objects.filter(user=other_admin).update(role=MembershipRole.ADMIN)
    mine = make_proposal(call, organisation, user)
    shared = make_proposal(call, organisation, user)
    Proposal.objects.filter(pk=shared.pk).update(contact_email="info@hoiva.example.fi")
    personal_data.delete_account(user)
    mine.refresh_from_db()
    shared.refresh_from_db()
    assert mine.created_by is None and shared.created_by is None
    # The contact becomes another admin; an address that is not the person's stays.
    assert mine.contact_email == "toinen.admin@hoiva.example.fi"
    assert shared.contact_email == "info@hoiva.example.fi"
    assert mine.title == "Etäkaveri"


def test_the_organisations_address_or_nobody_when_no_admin_remains(
        admin_and_organisation, make_organisation, make_user, django_capture_on_commit_callbacks):
    user, organisation = admin_and_organisation
    organisation.contact_email = "toimisto@hoiva.example.fi"
    organisation.save()
    call = make_call()
    proposal = make_proposal(call, organisation, user)
    alone = make_user("yksin@example.fi")
    lonely_organisation = make_organisation(alone, name="Yksin Oy")
    lonely = make_proposal(call, lonely_organisation, alone)
    personal_data.delete_account(user)
    personal_data.delete_account(alone)
    proposal.refresh_from_db()
    lonely.refresh_from_db()
    assert proposal.contact_email == "toimisto@hoiva.example.fi"
    assert lonely.contact_email == ""
    # Staff can still move it; nobody is e-mailed, as there is nobody to write to.
    manager = add_to_group(make_user(), "Pilot managers")
    Proposal.objects.filter(pk=lonely.pk).update(status=S.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(lonely, S.RETURNED, by=manager, role=STAFF, reason="X")
    assert mail.outbox == []


# --- Reminders of unsent drafts ------------------------------------------------------------

def test_drafts_are_reminded_once_before_the_deadline(
        admin_and_organisation, django_capture_on_commit_callbacks):
    user, organisation = admin_and_organisation
    closing = make_call(deadline_days=2)
    later = make_call(deadline_days=10)
    closed = make_call(opens_days=-10, deadline_days=-1)
    reminded = make_proposal(closing, organisation, user, language="sv")
    Proposal.objects.filter(pk=reminded.pk).update(contact_email="svenska@hoiva.example.fi")
    translate_call(closing, "sv")
    make_proposal(closing, organisation, user, status=S.SUBMITTED)
    make_proposal(later, organisation, user)
    make_proposal(closed, organisation, user)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_draft_reminders() == 1
        assert send_draft_reminders() == 0
        out = io.StringIO()
        call_command("send_pilot_draft_reminders", stdout=out)
    assert out.getvalue().strip() == "0 reminder(s) queued."
    reminded.refresh_from_db()
    assert reminded.draft_reminder_sent_at is not None
    email = OutboundEmail.objects.get(template="pilots_draft_reminder")
    assert email.to == "svenska@hoiva.example.fi" and email.language == "sv"
    assert str(reminded.public_id) in email.text_body
    assert len(mail.outbox) == 1


def test_the_reminder_horizon_is_a_setting(admin_and_organisation, settings,
                                           django_capture_on_commit_callbacks):
    user, organisation = admin_and_organisation
    proposal = make_proposal(make_call(deadline_days=5), organisation, user)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_draft_reminders() == 0
        settings.PILOT_DRAFT_REMINDER_HOURS = 6 * 24
        out = io.StringIO()
        call_command("send_pilot_draft_reminders", stdout=out)
    assert out.getvalue().strip() == "1 reminder(s) queued."
    proposal.refresh_from_db()
    assert proposal.draft_reminder_sent_at is not None
