"""The lifecycle: allowed moves, the notice link, every language at once, a public timeline."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.html import escape
from wagtail.models import Locale, PageLogEntry

from portal.tenders.domain import TransitionNotAllowed, change_status, update_notice
from portal.tenders.enums import TenderStatus
from portal.tenders.models import TenderPage, TenderTimelineEntry
from portal.tenders.timeline import _text
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/12345/notice/123456/overview"


def translate(tender, language):
    """A published translation of `tender`, as wagtail-localize would make it."""
    locale = Locale.objects.get(language_code=language)
    translation = tender.copy_for_translation(locale)
    translation.title = f"{tender.title} ({language})"
    translation.save_revision().publish()
    return TenderPage.objects.get(pk=translation.pk)


def test_a_tender_goes_through_its_whole_lifecycle():
    tender = make_tender()
    assert tender.status == TenderStatus.PLANNED
    change_status(tender, "market_dialogue")
    change_status(tender, "open", notice_url=NOTICE)
    change_status(tender, "evaluation")
    change_status(tender, "awarded")
    assert TenderPage.objects.get(pk=tender.pk).status == TenderStatus.AWARDED


@pytest.mark.parametrize(("start", "target"), [
    ("planned", "awarded"), ("planned", "evaluation"), ("market_dialogue", "planned"),
    ("awarded", "cancelled"), ("cancelled", "planned"),
])
def test_moves_outside_the_lifecycle_are_refused(start, target):
    tender = make_tender()
    TenderPage.objects.filter(pk=tender.pk).update(status=start, notice_url=NOTICE)
    tender.refresh_from_db()
    with pytest.raises(TransitionNotAllowed):
        change_status(tender, target)


def test_opening_for_tenders_requires_the_contract_notice():
    tender = make_tender()
    with pytest.raises(ValidationError) as error:
        change_status(tender, "open")
    assert "notice_url" in error.value.message_dict
    assert TenderPage.objects.get(pk=tender.pk).status == TenderStatus.PLANNED


def test_a_status_change_applies_to_every_language_at_once():
    tender = make_tender()
    swedish = translate(tender, "sv")
    change_status(tender, "open", notice_url=NOTICE)
    swedish.refresh_from_db()
    assert swedish.status == TenderStatus.OPEN
    assert swedish.notice_url == NOTICE


def test_publishing_an_older_draft_does_not_bring_the_old_status_back():
    tender = make_tender()
    draft = tender.save_revision()
    change_status(tender, "cancelled")
    draft.publish()
    assert TenderPage.objects.get(pk=tender.pk).status == TenderStatus.CANCELLED


def test_status_changes_are_dated_on_the_timeline_and_audit_logged(client):
    tender = make_tender()
    when = timezone.now() - datetime.timedelta(days=3)
    change_status(tender, "market_dialogue", when=when)
    entry = TenderTimelineEntry.objects.filter(tender_key=tender.translation_key,
                                               kind="status").get()
    assert (entry.old_value, entry.new_value, entry.occurred_at) == (
        "planned", "market_dialogue", when)
    assert PageLogEntry.objects.filter(page=tender, action="tenders.change_status").exists()
    html = client.get(tender.url).content.decode()
    with translation.override("fi"):
        expected = escape(_text(entry))
    assert "Markkinavuoropuhelu" in expected  # the Finnish status name, not the English
    assert expected in html


def test_a_changed_deadline_is_shown_with_old_and_new_dates_in_each_language(client):
    tender = make_tender(tender_deadline=timezone.make_aware(datetime.datetime(2027, 3, 15, 12)))
    swedish = translate(tender, "sv")
    tender.tender_deadline = timezone.make_aware(datetime.datetime(2027, 3, 22, 12))
    tender.save_revision().publish()
    finnish_html = client.get(tender.url).content.decode()
    assert "15.3.2027 12:00" in finnish_html and "22.3.2027 12:00" in finnish_html
    swedish_html = client.get(swedish.url).content.decode()
    assert "15.3.2027 12:00" in swedish_html and "22.3.2027 12:00" in swedish_html
    with translation.override("sv"):
        label = str(TenderPage._meta.get_field("tender_deadline").verbose_name).capitalize()
    assert label in swedish_html and label != "Tender deadline"


def test_publishing_a_translation_alone_records_no_change():
    tender = make_tender(tender_deadline=timezone.make_aware(datetime.datetime(2027, 3, 15, 12)))
    swedish = translate(tender, "sv")
    before = TenderTimelineEntry.objects.filter(tender_key=tender.translation_key).count()
    swedish.tender_deadline = timezone.make_aware(datetime.datetime(2027, 1, 1, 12))
    swedish.save_revision().publish()
    assert TenderTimelineEntry.objects.filter(
        tender_key=tender.translation_key).count() == before


@pytest.mark.parametrize("status", ["awarded", "cancelled"])
def test_finished_tenders_stay_readable(client, status):
    tender = make_tender()
    moves = ["open", "evaluation", "awarded"] if status == "awarded" else ["cancelled"]
    for move in moves:
        change_status(tender, move, notice_url=NOTICE if move == "open" else "")
    tender = TenderPage.objects.get(pk=tender.pk)
    response = client.get(tender.url)
    assert response.status_code == 200
    assert str(TenderStatus(status).label) in response.content.decode()


def test_the_notice_link_can_be_corrected_without_a_status_change():
    tender = make_tender()
    change_status(tender, "open", notice_url=NOTICE)
    update_notice(tender, NOTICE.replace("12345", "54321"))
    assert "54321" in TenderPage.objects.get(pk=tender.pk).notice_url
    with pytest.raises(ValidationError):
        update_notice(tender, "")


def test_staff_change_the_status_in_the_admin(admin_client):
    tender = make_tender()
    url = f"/admin/tenders/{tender.pk}/status/"
    html = admin_client.get(url).content.decode()
    assert 'value="market_dialogue"' in html and 'value="awarded"' not in html
    response = admin_client.post(url, {"status": "open", "notice_url": ""},
                                 HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "must link to its official contract notice" in response.content.decode()
    response = admin_client.post(url, {"status": "open", "notice_url": NOTICE})
    assert response.status_code == 302
    assert TenderPage.objects.get(pk=tender.pk).status == TenderStatus.OPEN


def test_staff_without_publishing_rights_cannot_change_the_status(client, django_user_model):
    from django.contrib.auth.models import Group, Permission

    editor = django_user_model.objects.create_user("kirjoittaja", "k@example.fi", "x" * 16,
                                                   is_staff=True)
    group = Group.objects.create(name="Lukijat")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    tender = make_tender()
    # The Wagtail admin answers a denial by sending the user back to its dashboard.
    for response in (client.get(f"/admin/tenders/{tender.pk}/status/"),
                     client.post(f"/admin/tenders/{tender.pk}/status/", {"status": "cancelled"})):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert TenderPage.objects.get(pk=tender.pk).status == TenderStatus.PLANNED


def test_a_copied_tender_starts_over_as_planned_with_its_own_reference():
    tender = make_tender()
    change_status(tender, "open", notice_url=NOTICE)
    copy = tender.copy(update_attrs={"slug": f"{tender.slug}-kopio", "title": "Kopio"})
    copy = TenderPage.objects.get(pk=copy.pk)
    assert copy.status == TenderStatus.PLANNED
    assert copy.notice_url == ""
    assert copy.reference == f"{tender.reference}-2"


def test_a_reference_number_belongs_to_one_tender():
    tender = make_tender()
    other = make_tender()
    other.reference = tender.reference
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "reference" in error.value.message_dict


def test_translations_follow_the_default_language_tenders_classification():
    tender = make_tender(service_area="doctor-services")
    swedish = translate(tender, "sv")
    from portal.taxonomy.models import ServiceArea

    tender.service_areas.set([ServiceArea.objects.get(code="rehabilitation")])
    tender.save_revision().publish()
    assert [t.code for t in TenderPage.objects.get(pk=swedish.pk).service_areas.all()] == [
        "rehabilitation"]
    # Publishing the Swedish page from an older draft does not bring the old areas back.
    swedish.save_revision().publish()
    assert [t.code for t in TenderPage.objects.get(pk=swedish.pk).service_areas.all()] == [
        "rehabilitation"]
