"""A provider looks for pilot calls in Finnish and Swedish: open, coming and closed calls, a
call's page with its criteria, FAQ and published results, and filtering without JavaScript.
axe on each page."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from playwright.sync_api import expect

from pilots.models import PilotCallIndexPage, PilotCallPage
from portal.demo.loader.events import seed_events
from portal.demo.loader.pilots import demo_call, seed_pilot_calls, seed_pilot_proposals
from portal.demo.loader.suppliers import seed_suppliers
from portal.events.models import EventPage
from tests.e2e.navigation import follow
from tests.e2e.test_public_pages import assert_accessible

PASSWORD = "Pitkä-salalause-2026"


def restore_pilot_groups():
    """The groups of migration pilots 0002, which the flush between browser tests removes
    (permissions are re-created by the flush's post_migrate, groups are not)."""
    for name, permissions in [
        ("Pilot managers", ["access_admin", "manage_proposals", "review_proposals"]),
        ("Pilot reviewers", ["access_admin", "review_proposals"]),
    ]:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(Permission.objects.filter(
            content_type__app_label__in=["wagtailadmin", "pilots"], codename__in=permissions))


@pytest.fixture
def pilots_site(demo_site):
    restore_pilot_groups()
    out = io.StringIO()
    seed_suppliers(out)
    seed_pilot_calls(out)
    seed_events(out)
    seed_pilot_proposals(out)
    return demo_site


def titles(page):
    return page.locator(".call-card .tender-card__title a").all_inner_texts()


def in_phase(language, phase):
    now = timezone.now()
    return {call.title for call in PilotCallPage.objects.live()
            .filter(locale__language_code=language) if call.phase(now) == phase}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_list_and_the_calls_pages(page, pilots_site, language):
    index = PilotCallIndexPage.objects.get(locale__language_code=language)
    page.goto(pilots_site.url + index.url)
    assert page.locator("html").get_attribute("lang") == language
    assert set(titles(page)) == in_phase(language, "open")
    assert_accessible(page)

    tabs = page.locator(".call-tabs a")
    follow(tabs.nth(1))
    page.wait_for_url("**phase=coming**")
    assert set(titles(page)) == in_phase(language, "coming")
    assert_accessible(page)

    follow(tabs.nth(2))
    page.wait_for_url("**phase=closed**")
    assert set(titles(page)) == in_phase(language, "closed")

    # The decided call shows its published result, in this language.
    decided = demo_call("day-activities-memory", language)
    follow(page.locator(".call-card a", has_text=decided.title))
    expect(page.locator("h1")).to_have_text(decided.title)
    expect(page.locator("#results-title")).to_be_visible()
    expect(page.locator(".tender__aside .cta a.button")).to_have_count(0)
    assert_accessible(page)

    # An open call: criteria, the FAQ opened by keyboard, the call to action.
    call = demo_call("loneliness", language)
    page.goto(pilots_site.url + call.url)
    rows = page.locator("table.criteria tbody th")
    assert rows.all_inner_texts()[0].startswith(call.criteria.first().name)
    question = call.faq.first()
    summary = page.locator("details summary", has_text=question.question)
    expect(page.get_by_text(question.answer)).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text(question.answer)).to_be_visible()
    cta = page.locator(".tender__aside .cta a.button")
    assert cta.get_attribute("href") == f"/{language}/pilots/calls/{call.pk}/propose/"
    event = EventPage.objects.get(locale__language_code=language, cancelled=False,
                                  related_pilot_call__translation_key=call.translation_key)
    expect(page.locator(".related-events")).to_contain_text(event.title)
    assert_accessible(page)


def test_a_member_sees_the_organisations_proposals(page, pilots_site):
    user = get_user_model().objects.get(email="anna.niemi@aurinkorinne.example.fi")
    user.set_password(PASSWORD)
    user.save()
    page.goto(f"{pilots_site.url}/sv/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    follow(page.locator("main form button[type=submit]").first)
    call = demo_call("loneliness", "sv")
    page.goto(pilots_site.url + call.url)
    mine = page.locator(".my-proposals li")
    expect(mine).to_have_count(1)
    expect(mine).to_contain_text("Kylätupa kotiin")
    assert_accessible(page)


def test_filtering_works_without_javascript(browser, pilots_site):
    context = browser.new_context(locale="fi-FI", java_script_enabled=False)
    page = context.new_page()
    index = PilotCallIndexPage.objects.get(locale__language_code="fi")
    page.goto(pilots_site.url + index.url)
    page.locator('input[name="service_area"][value="other-services"]').check()
    follow(page.locator(".filters button[type=submit]"))
    assert "service_area=other-services" in page.url
    assert titles(page) == [demo_call("youth-mental-health").title]

    # The filter stays when moving to the closed calls.
    follow(page.locator(".call-tabs a").nth(2))
    assert "phase=closed" in page.url and "service_area=other-services" in page.url
    expect(page.locator(".call-card")).to_have_count(0)
    page.locator('input[name="service_area"][value="other-services"]').uncheck()
    page.locator('input[name="service_area"][value="home-care-support"]').check()
    follow(page.locator(".filters button[type=submit]"))
    assert "phase=closed" in page.url
    assert set(titles(page)) == {demo_call("digital-home-care").title,
                                 demo_call("day-activities-memory").title}
    context.close()
