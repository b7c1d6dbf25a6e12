"""One page of every public and supplier page type, built with the test factories, and their
URLs in one language.

`build_portal()` builds them in Finnish and Swedish on the site of tests/e2e/site.py, with a
provider's user who has recorded something of every kind; each list below is (name, path)
pairs for tests/e2e/test_accessibility.py and tests/e2e/test_layout.py. A new page type
belongs in both.
"""

from types import SimpleNamespace

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.urls import reverse
from django.utils import translation

from pilots.enums import ProposalStatus
from pilots.models import PilotCallIndexPage
from portal.events.mailing import link_token
from portal.events.models import EventIndexPage
from portal.news.models import NewsIndexPage
from portal.pages.models import AccessibilityStatementPage, PrivacyNoticePage
from portal.tenders.models import TenderIndexPage
from suppliers import domain as supplier_domain
from suppliers.alerts.mailing import unsubscribe_token
from tests import factories
from tests.e2e.site import bilingual, make_calendar, make_supplier


def _url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


ONLINE_URL = "https://meet.example.fi/markkinavuoropuhelu-4711"


def build_portal():
    """Every page type's records, in Finnish and Swedish ({"fi": page, "sv": page} each):

    - a content page with an FAQ, a news article, the tender calendar of
      tests/e2e/site.py's make_calendar ("home_care" is the upcoming tender with lots);
    - an event open for registration with questions, a market-dialogue meeting of a
      tender and one that has passed, a pilot call's information session, confirmed
      registrations in both languages;
    - a pilot call open for proposals (with a question and an FAQ) and a closed one with a
      pilot's published result;
    - the provider `supplier` (tests/e2e/site.py's make_supplier) with an interest in a
      tender's lot, an event registration, a draft and a sent proposal, and an alert in
      each language; `other`, an organisation it may be invited to.
    """
    supplier = make_supplier()
    other = factories.OrganisationFactory(name="Hoivakoti Kuusikko Oy")
    content = bilingual(factories.StandardPageFactory(
        title="Markkinavuoropuhelu", intro="Miten hyvinvointialue keskustelee tuottajien kanssa.",
        body=[("paragraph", "<p>Markkinavuoropuhelu on avointa kaikille palveluntuottajille."
                            "</p>"),
              ("accordion", {"heading": "Usein kysyttyä", "items": [
                  {"question": "Maksaako portaalin käyttö jotain?",
                   "answer": "<p>Ei. Portaalin käyttö on maksutonta.</p>"}]})]),
        title="Marknadsdialog", intro="Hur välfärdsområdet för dialog med producenterna.")
    news = bilingual(factories.NewsArticlePageFactory(
        title="Hankintakalenteri on päivitetty",
        intro="Kalenterissa on nyt kotihoidon ja asumispalvelujen hankinnat."),
        title="Upphandlingskalendern har uppdaterats")
    calendar = make_calendar()

    call = bilingual(factories.PilotCallPageFactory(
        title="Ikäihmisten yksinäisyys kotona", service_areas=["home-care-support"],
        municipalities=["905", "598"],
        questions=[{"label": "Montako asiakasta pilotti tavoittaa?", "kind": "short_text",
                    "required": True}],
        faq=[{"question": "Voiko yhdistys hakea?", "answer": "Voi, kun sillä on Y-tunnus."}]),
        title="Ensamhet bland äldre som bor hemma")
    closed_call = bilingual(factories.PilotCallPageFactory(
        title="Muistisairaiden päivätoiminta", opens_days=-200, deadline_days=-150,
        service_areas=["home-care-support"]),
        title="Dagverksamhet för personer med minnessjukdom")
    factories.PilotFollowUpFactory(proposal__call=closed_call["fi"],
                                   proposal__title="Muistikahvila")

    event = bilingual(factories.EventPageFactory(
        title="Hankintakoulutus: näin teet tarjouksen", capacity=40,
        questions=[{"label": "Ruokavalio", "kind": "short_text"},
                   {"label": "Tarvitsetko tulkkausta?", "kind": "choice",
                    "choices": "Kyllä\nEi", "required": True}]),
        title="Upphandlingsutbildning: så gör du ett anbud")
    meeting = bilingual(factories.EventPageFactory(
        title="Kotihoidon tukipalvelujen markkinavuoropuhelu", event_type="market_dialogue",
        event_format="hybrid", online_url=ONLINE_URL, days=20,
        related_tender=calendar["home_care"]["fi"]),
        title="Marknadsdialog om stödtjänster inom hemvården")
    bilingual(factories.EventPageFactory(
        title="Palveluasumisen markkinavuoropuhelu", event_type="market_dialogue",
        event_format="online", online_url=ONLINE_URL, days=-30,
        related_tender=calendar["housing"]["fi"],
        materials=[("paragraph", "<p>Tilaisuuden esitys ja muistio.</p>")]),
        title="Marknadsdialog om serviceboende")
    bilingual(factories.EventPageFactory(
        title="Pilottihaun infotilaisuus", event_type="pilot_info", event_format="online",
        online_url=ONLINE_URL, days=10, related_pilot_call=call["fi"]),
        title="Informationsmöte om pilotutlysningen")
    registrations = {language: factories.RegistrationFactory(
        event=event["fi"], language=language) for language in ("fi", "sv")}

    user, organisation = supplier.user, supplier.admin_of
    factories.TenderInterestFactory(
        tender=calendar["housing"]["fi"], organisation=organisation, registered_by=user,
        capacity="20 asukasta", lots=[calendar["housing"]["fi"].lot_list[0]])
    factories.RegistrationFactory(event=meeting["fi"], user=user, organisation=organisation,
                                  name=user.get_full_name())
    question = call["fi"].questions.get()
    draft = factories.ProposalFactory(call=call["fi"], organisation=organisation,
                                      title="Etäkaveri", municipalities=["905"])
    sent = factories.ProposalFactory(
        call=call["fi"], organisation=organisation, title="Kylätupa kotiin",
        status=ProposalStatus.SUBMITTED, municipalities=["598"],
        answers={str(question.translation_key): "40"})
    alerts = {
        "fi": factories.AlertSubscriptionFactory(
            user=user, name="Kotihoidon hankinnat", service_areas=["home-care-support"]),
        "sv": factories.AlertSubscriptionFactory(
            user=user, name="Hemvårdens upphandlingar", language="sv", frequency="weekly",
            municipalities=["598"]),
    }
    return SimpleNamespace(
        supplier=supplier, other=other, content=content, news=news, calendar=calendar,
        tender=calendar["home_care"], call=call, closed_call=closed_call, event=event,
        registrations=registrations, draft=draft, sent=sent, alerts=alerts)


def _index(model, language):
    return factories.index_page(model, language)


def _only(model, language):
    """The one live page of a type in a language (the site has one of each)."""
    return model.objects.live().get(locale__language_code=language)


def visitor_pages(portal, language):
    """Pages as a visitor sees them (not signed in)."""
    tenders = _index(TenderIndexPage, language)
    events = _index(EventIndexPage, language)
    tender = portal.tender[language]
    event = portal.event[language]
    open_call, closed_call = portal.call[language], portal.closed_call[language]
    year = tender.planned_publication.year
    reset_user = portal.supplier.user
    registration = portal.registrations[language]
    return [
        ("home", f"/{language}/"),
        ("content page", portal.content[language].url),
        ("news index", _index(NewsIndexPage, language).url),
        ("news item", portal.news[language].url),
        ("accessibility statement", _only(AccessibilityStatementPage, language).url),
        ("privacy notice", _only(PrivacyNoticePage, language).url),
        ("tender calendar", tenders.url),
        ("tender calendar filtered", f"{tenders.url}?municipality=598&sme=on&status=planned"),
        ("tender calendar with no results", f"{tenders.url}?q=zzqxv&status=cancelled"),
        ("tender calendar by month", f"{tenders.url}calendar/?year={year}"),
        ("tender calendar by quarter", f"{tenders.url}calendar/?by=quarter&year={year}"),
        ("tender", tender.url),
        ("tender at a lot", f"{tender.url}#lot-2"),
        ("events", events.url),
        ("past events", events.url + "?when=past"),
        ("event", event.url),
        ("event registration form", _url("events:register", language, page_id=event.pk)),
        ("event registration confirmation link",
         _url("events:link", language, pk=registration.pk, action="cancel",
              token=link_token(registration, "cancel"))),
        ("pilot calls", _index(PilotCallIndexPage, language).url),
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
         _url("suppliers:alerts:unsubscribe", language,
              token=unsubscribe_token(portal.alerts[language]))),
    ]


def error_pages(language):
    """(name, path, status) of the error pages a visitor reaches by a URL.

    The notice of a page not translated into `language` needs a page only in another
    language: one is added (the database is the test's own).
    """
    other = "sv" if language == "fi" else "fi"
    only_in_other = factories.StandardPageFactory(
        parent=factories.home_page(other),
        title={"fi": "Vain suomeksi", "sv": "Endast på svenska"}[other])
    return [
        ("page not found", f"/{language}/ei-ole-olemassa/", 404),
        ("untranslated page",
         _url("untranslated_page", language, page_id=only_in_other.pk), 404),
    ]


def signed_in_pages(portal, language):
    """Pages of the provider `portal.supplier`, the admin of one organisation and a member
    of another."""
    user = portal.supplier.user
    admin_of, member_of = portal.supplier.admin_of, portal.supplier.member_of
    other = portal.other
    alert = portal.alerts[language]
    draft, sent = portal.draft, portal.sent
    open_call = portal.call[language]
    tender = portal.tender[language]
    event = portal.event[language]
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
