"""The URLs of every public and supplier page type, taken from the demo site in one language.

Each list is (name, path) pairs for tests/e2e/test_accessibility.py. A new page type belongs
here; the lists fail loudly when the demo lacks something they look for, rather than leave a
page type unchecked.
"""

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from pilots.enums import ProposalStatus
from pilots.models import PilotCallIndexPage, PilotCallPage, Proposal
from portal.events.domain import registration_closed_reason
from portal.events.mailing import link_token
from portal.events.models import EventIndexPage, EventPage, Registration
from portal.news.models import NewsArticlePage, NewsIndexPage
from portal.pages.models import (
    AccessibilityStatementPage,
    HomePage,
    PrivacyNoticePage,
    StandardPage,
)
from portal.tenders.models import TenderIndexPage, TenderPage
from suppliers import domain as supplier_domain
from suppliers.alerts.mailing import unsubscribe_token
from suppliers.alerts.models import AlertSubscription
from suppliers.models import Membership, Organisation

DEMO_SUPPLIER = "supplier@example.fi"


def _live(model, language):
    return model.objects.live().filter(locale__language_code=language)


def _one(queryset_or_list, what):
    found = next(iter(queryset_or_list), None)
    assert found is not None, f"the demo has no {what}"
    return found


def _url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def upcoming_tender_with_lots(language):
    return _one((tender for tender in _live(TenderPage, language)
                 .filter(status__in=["planned", "market_dialogue"]).order_by("reference")
                 if tender.is_upcoming and tender.lots.count() >= 2),
                f"upcoming tender with lots in {language}")


def open_event(language):
    now = timezone.now()
    return _one((event for event in _live(EventPage, language)
                 .filter(cancelled=False, start__gt=now).prefetch_related("questions")
                 .order_by("start")
                 if registration_closed_reason(event) is None and event.questions.all()),
                f"event open for registration with questions in {language}")


def calls(language):
    return list(_live(PilotCallPage, language).order_by("deadline"))


def visitor_pages(language):
    """Pages as a visitor sees them (not signed in)."""
    tenders = _one(_live(TenderIndexPage, language), "tender calendar")
    open_call = _one((call for call in calls(language) if call.is_open()), "open call")
    published = set(Proposal.objects.filter(follow_up__result_published=True)
                    .values_list("call_key", flat=True))
    closed_call = _one((call for call in calls(language) if call.translation_key in published),
                       "call with a published pilot result")
    event = open_event(language)
    tender = upcoming_tender_with_lots(language)
    year = (tender.planned_publication or timezone.localdate()).year
    reset_user = get_user_model().objects.get(email=DEMO_SUPPLIER)
    registration = _one(Registration.objects.filter(status="confirmed", language=language),
                        f"confirmed registration in {language}")
    alert = _one(AlertSubscription.objects.filter(language=language), f"alert in {language}")
    return [
        ("home", f"/{language}/"),
        ("content page", _one(_live(StandardPage, language), "content page").url),
        ("news index", _one(_live(NewsIndexPage, language), "news index").url),
        ("news item", _one(_live(NewsArticlePage, language), "news item").url),
        ("accessibility statement",
         _one(_live(AccessibilityStatementPage, language), "statement").url),
        ("privacy notice", _one(_live(PrivacyNoticePage, language), "privacy notice").url),
        ("tender calendar", tenders.url),
        ("tender calendar filtered", f"{tenders.url}?municipality=598&sme=on&status=planned"),
        ("tender calendar with no results", f"{tenders.url}?q=zzqxv&status=cancelled"),
        ("tender calendar by month", f"{tenders.url}calendar/?year={year}"),
        ("tender calendar by quarter", f"{tenders.url}calendar/?by=quarter&year={year}"),
        ("tender", tender.url),
        ("tender at a lot", f"{tender.url}#lot-2"),
        ("events", _one(_live(EventIndexPage, language), "event list").url),
        ("past events", _one(_live(EventIndexPage, language), "event list").url + "?when=past"),
        ("event", event.url),
        ("event registration form", _url("events:register", language, page_id=event.pk)),
        ("event registration confirmation link",
         _url("events:link", language, pk=registration.pk, action="cancel",
              token=link_token(registration, "cancel"))),
        ("pilot calls", _one(_live(PilotCallIndexPage, language), "call list").url),
        ("pilot call", open_call.url),
        ("pilot call with its results", closed_call.url),
        ("proposal form (signed out)", _url("pilots:create", language, call_id=open_call.pk)),
        ("search", _url("search:search", language)),
        ("search results", _url("search:search", language) + "?q=kotihoito"),
        ("search with no results", _url("search:search", language) + "?q=zzqxv"),
        ("sign in", _url("account_login", language)),
        ("sign up", _url("account_signup", language)),
        ("password reset", _url("account_reset_password", language)),
        ("password reset sent", _url("account_reset_password_done", language)),
        ("new password from the link",
         _url("account_reset_password_from_key", language,
              uidb36=user_pk_to_url_str(reset_user),
              key=default_token_generator.make_token(reset_user))),
        ("e-mail verification sent", _url("account_email_verification_sent", language)),
        ("alert unsubscribe link",
         _url("suppliers:alerts:unsubscribe", language, token=unsubscribe_token(alert))),
    ]


def error_pages(language):
    """(name, path, status) of the error pages a visitor reaches by a URL.

    The notice of a page not translated into `language` needs a page only in another
    language: one is added (the database is the test's own).
    """
    other = "sv" if language == "fi" else "fi"
    home = HomePage.objects.get(depth=2, locale__language_code=other)
    only_in_other = home.add_child(instance=StandardPage(
        title={"fi": "Vain suomeksi", "sv": "Endast på svenska"}[other],
        slug=f"vain-{other}", intro="", live=True))
    return [
        ("page not found", f"/{language}/ei-ole-olemassa/", 404),
        ("untranslated page",
         _url("untranslated_page", language, page_id=only_in_other.pk), 404),
    ]


def signed_in_pages(language):
    """Pages of the demo supplier user, the admin of one organisation and a member of
    another."""
    user = get_user_model().objects.get(email=DEMO_SUPPLIER)
    admin_of = Membership.objects.active().filter(user=user, role="admin") \
        .select_related("organisation").first().organisation
    member_of = Membership.objects.active().filter(user=user, role="member") \
        .select_related("organisation").first().organisation
    other = Organisation.objects.exclude(memberships__user=user).order_by("pk").first()
    alert = _one(AlertSubscription.objects.filter(user=user), "alert of the demo user")
    proposals = Proposal.objects.filter(organisation=admin_of)
    draft = _one(proposals.filter(status=ProposalStatus.DRAFT), "draft proposal")
    sent = _one(proposals.exclude(status=ProposalStatus.DRAFT), "sent proposal")
    open_call = _one((call for call in calls(language) if call.is_open()), "open call")
    tender = upcoming_tender_with_lots(language)
    event = open_event(language)
    return [
        ("my page", _url("suppliers:dashboard", language)),
        ("my organisations", _url("suppliers:my_organisations", language)),
        ("new organisation", _url("suppliers:create", language)),
        ("organisation profile", _url("suppliers:detail", language, pk=admin_of.pk)),
        ("organisation edit", _url("suppliers:edit", language, pk=admin_of.pk)),
        ("members", _url("suppliers:members", language, pk=admin_of.pk)),
        ("invitation to join", _url("suppliers:invitation", language,
                                    token=supplier_domain.invitation_token(other, user.email))),
        ("my interests", _url("suppliers:interests:mine", language)),
        ("tender with the interest form", tender.url),
        ("interest form page", _url("suppliers:interests:form", language, page_id=tender.pk)),
        ("alerts", _url("suppliers:alerts:list", language)),
        ("new alert", _url("suppliers:alerts:create", language)),
        ("alert edit", _url("suppliers:alerts:edit", language, pk=alert.pk)),
        ("alert delete", _url("suppliers:alerts:delete", language, pk=alert.pk)),
        ("event with the registration panel", event.url),
        ("event registration form (signed in)",
         _url("events:register", language, page_id=event.pk)),
        ("my registrations", _url("events:mine", language)),
        ("pilot call (signed in)", open_call.url),
        ("proposal form", _url("pilots:create", language, call_id=open_call.pk)),
        ("my proposals", _url("pilots:mine", language)),
        ("proposal", _url("pilots:detail", language, public_id=draft.public_id)),
        ("sent proposal", _url("pilots:detail", language, public_id=sent.public_id)),
        ("proposal edit", _url("pilots:edit", language, public_id=draft.public_id)),
        ("proposal send", _url("pilots:submit", language, public_id=draft.public_id)),
        ("proposal withdraw", _url("pilots:withdraw", language, public_id=sent.public_id)),
        ("my data", _url("suppliers:personal_data", language)),
        ("delete account", _url("suppliers:delete_account", language)),
        ("e-mail addresses", _url("account_email", language)),
        ("change password", _url("account_change_password", language)),
        ("two-factor authentication", _url("mfa_index", language)),
        ("sign out", _url("account_logout", language)),
        # Only the organisation's admins may edit it.
        ("access denied", _url("suppliers:edit", language, pk=member_of.pk), 403),
    ]
