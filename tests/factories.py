"""Factories of the portal's records for tests: users, organisations, taxonomy terms, pages.

Built with factory_boy and wagtail_factories, so that a test makes exactly the records it
checks instead of reading the demo. Pages go under the site's home page of their language
(created, with the site, when missing); translations are made the way the product makes them,
with `copy_for_translation()` (what wagtail-localize does) and a published revision.

    tender = TenderPageFactory(lots=[{"title": "Pohjoinen"}], service_areas=["home-care"])
    swedish = translate(tender, "sv", title="Hemvård")
"""

import datetime
import itertools
from decimal import Decimal
from urllib.parse import urlsplit

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Page, Site

from pilots.enums import ProposalStatus
from pilots.models import (
    CallCriterion,
    PilotCallIndexPage,
    PilotCallPage,
    PilotFollowUp,
    Proposal,
)
from portal.core.models import OrganisationDetails
from portal.events.enums import RegistrationStatus
from portal.events.models import EventIndexPage, EventPage, Registration
from portal.news.models import NewsArticlePage, NewsIndexPage
from portal.pages.models import (
    AccessibilityStatementPage,
    HomePage,
    PrivacyNoticePage,
    StandardPage,
)
from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.tenders.models import Lot, TenderCalendarSettings, TenderIndexPage, TenderPage
from suppliers.alerts.models import AlertSubscription
from suppliers.enums import MembershipRole, MembershipStatus, OrganisationType
from suppliers.interests.enums import ParticipationMode
from suppliers.interests.models import TenderInterest
from suppliers.models import Membership, Organisation

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)

# -- business IDs ---------------------------------------------------------------------------

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_of(number):
    """The valid business ID of a seven-digit number (weights 7, 9, 10, 5, 8, 4, 2, modulo
    11), or None when the number has none (a remainder of 1)."""
    digits = f"{number:07d}"
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return None
    return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


def business_id(n):
    """The n-th of a series of valid business IDs: the even number 8000000 + 2n, or the odd
    one after it when the even one has no check digit (so no two n give the same ID)."""
    number = 8000000 + 2 * n
    return business_id_of(number) or business_id_of(number + 1)


# -- locales, home and index pages ------------------------------------------------------------


def locale(language="fi"):
    return Locale.objects.get_or_create(language_code=language)[0]


def home_page(language="fi"):
    """The site's home page in a language, created (with the site) when missing."""
    home = HomePage.objects.filter(depth=2, locale__language_code=language).first()
    if home is not None:
        return home
    if language != settings.LANGUAGE_CODE:
        return _translation_of(home_page(settings.LANGUAGE_CODE), language,
                               slug=f"home-{language}")
    for code in LANGUAGES:
        locale(code)
    # Wagtail's installation leaves a "Welcome" page where the home page belongs.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    home = HomePage(title="Markkinavuoropuhelu", slug="home", locale=locale(),
                    hero_title="Yhteistyötä palveluntuottajien kanssa")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = base_url.hostname
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.root_page = home
    site.save()
    return HomePage.objects.get(pk=home.pk)


_INDEX_TITLES = {
    TenderIndexPage: ("Hankintakalenteri", "hankinnat"),
    EventIndexPage: ("Tapahtumat", "tapahtumat"),
    PilotCallIndexPage: ("Pilottihaut", "pilottihaut"),
    NewsIndexPage: ("Ajankohtaista", "ajankohtaista"),
}


def index_page(model, language="fi"):
    """The index page of a type (tenders, events, pilot calls, news) in a language, created
    under the home page in every language (as staff translate it) when missing."""
    index = model.objects.filter(locale__language_code=language).first()
    if index is not None:
        return index
    if language != settings.LANGUAGE_CODE:
        source = index_page(model, settings.LANGUAGE_CODE)
        made = model.objects.filter(locale__language_code=language).first()
        if made is not None:  # with the Finnish index just now
            return made
        home_page(language)
        return _translation_of(source, language)
    title, slug = _INDEX_TITLES[model]
    if model is TenderIndexPage:
        # The calendar's settings, as on a site whose calendar has been set up (or viewed:
        # the first view creates them, which starts a new page-cache generation).
        TenderCalendarSettings.load()
    index = model(title=title, slug=slug, locale=locale())
    home_page().add_child(instance=index)
    index.save_revision().publish()
    for language in LANGUAGES:
        if language != settings.LANGUAGE_CODE:
            home_page(language)
            _translation_of(index, language)
    return model.objects.get(pk=index.pk)


def _translation_of(page, language, **fields):
    translation = page.copy_for_translation(locale(language))
    for name, value in {"slug": f"{page.slug}-{language}", **fields}.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


def translate(page, language, **fields):
    """The page's published translation, with the fields the translator changed (the title
    gets the language's code unless given): copy_for_translation, as wagtail-localize does.
    The parent's translation is made first when it is missing."""
    page = page.specific
    parent = page.get_parent().specific
    if parent.depth > 2 and parent.get_translation_or_none(locale(language)) is None:
        index_page(type(parent), language)
    home_page(language)
    return _translation_of(page, language, **{"title": f"{page.title} ({language})", **fields})


_ORGANISATION_DETAILS = {
    "fi": {"name": "Pohjanmaan hyvinvointialue", "portal_name": "Markkinavuoropuhelu ja hankinnat",
           "street_address": "Hietalahdenkatu 2-4", "post_office": "Vaasa",
           "email": "markkinavuoropuhelu@example.fi"},
    "sv": {"name": "Österbottens välfärdsområde", "portal_name": "Marknadsdialog och upphandlingar",
           "street_address": "Sandviksgatan 2-4", "post_office": "Vasa",
           "email": "marknadsdialog@example.fi"},
    "en": {"name": "Wellbeing Services County of Ostrobothnia",
           "portal_name": "Market dialogue and procurement",
           "street_address": "Hietalahdenkatu 2-4", "post_office": "Vaasa",
           "email": "markkinavuoropuhelu@example.fi"},
}


def organisation_details(**fields_by_language):
    """{language: OrganisationDetails}: who runs the portal, in Finnish, Swedish and English
    (one translation key), as staff enter it in the admin; created when missing. The e-mails
    are sent from the portal's name in the reader's language, the footer shows the rest."""
    records = {}
    for language in LANGUAGES:
        fields = {"postal_code": "65130", "phone": "+358 6 218 1111",
                  "business_id": "3221331-8", **_ORGANISATION_DETAILS[language],
                  **fields_by_language.get(language, {})}
        record = OrganisationDetails.objects.filter(locale=locale(language)).first()
        if record is None:
            source = records.get(settings.LANGUAGE_CODE)
            record = OrganisationDetails(locale=locale(language), **fields)
            if source is not None:
                record.translation_key = source.translation_key
            record.save()
        records[language] = record
    return records


# -- users and organisations ------------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    """A user signed up with a verified e-mail address (the address is the username)."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@factory.example.fi")
    username = factory.SelfAttribute("email")
    first_name = "Testi"
    last_name = factory.Sequence(lambda n: f"Käyttäjä {n}")
    password = factory.django.Password("x" * 16)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=user, email=user.email, verified=True,
                                        primary=True)


def linked_terms(model, field):
    """A factory declaration that links the record to the terms given by code, for example
    `OrganisationFactory(service_areas=["home-care-support"])`."""

    def link(record, create, extracted, **kwargs):
        if create and extracted:
            getattr(record, field).set(terms(model, extracted))

    return factory.PostGeneration(link)


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Hoivapalvelu {n} Oy")
    business_id = factory.Sequence(business_id)
    organisation_type = OrganisationType.COMPANY
    service_languages = factory.LazyFunction(lambda: ["fi"])

    service_areas = linked_terms(ServiceArea, "service_areas")
    municipalities = linked_terms(Municipality, "municipalities")


class MembershipFactory(DjangoModelFactory):
    """An active membership; `role=MembershipRole.ADMIN` for the organisation's admin."""

    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    role = MembershipRole.MEMBER
    status = MembershipStatus.ACTIVE
    status_changed_at = factory.LazyFunction(timezone.now)


class AdminMembershipFactory(MembershipFactory):
    role = MembershipRole.ADMIN


# -- taxonomy -----------------------------------------------------------------------------------


class _TermFactory(DjangoModelFactory):
    """A term named in Finnish, Swedish and English; an existing term of the same code is
    reused (codes are unique)."""

    class Meta:
        abstract = True
        django_get_or_create = ("code",)

    sort_order = 0
    name_sv = factory.LazyAttribute(lambda term: f"{term.name_fi} (sv)")
    name_en = factory.LazyAttribute(lambda term: f"{term.name_fi} (en)")


class ServiceAreaFactory(_TermFactory):
    class Meta:
        model = ServiceArea

    code = factory.Sequence(lambda n: f"test-area-{n}")
    name_fi = factory.Sequence(lambda n: f"Palvelualue {n}")


class ContractTypeFactory(_TermFactory):
    class Meta:
        model = ContractType

    code = factory.Sequence(lambda n: f"test-contract-{n}")
    name_fi = factory.Sequence(lambda n: f"Sopimustyyppi {n}")


class MunicipalityFactory(_TermFactory):
    class Meta:
        model = Municipality

    code = factory.Sequence(lambda n: f"{900 + n % 100:03d}")
    name_fi = factory.Sequence(lambda n: f"Kunta {n}")
    majority_language = "fi"


class CPVCodeFactory(_TermFactory):
    class Meta:
        model = CPVCode

    code = factory.Sequence(lambda n: f"{85300000 + n:08d}")
    name_fi = factory.Sequence(lambda n: f"Sosiaalipalvelu {n}")
    check_digit = "0"


_TERM_FACTORIES = {ServiceArea: ServiceAreaFactory, ContractType: ContractTypeFactory,
                   Municipality: MunicipalityFactory, CPVCode: CPVCodeFactory}


def term(model, code, **fields):
    """The term of a code, created when missing."""
    return _TERM_FACTORIES[model](code=code, **fields)


def terms(model, codes_or_terms):
    return [item if isinstance(item, model) else term(model, item) for item in codes_or_terms]


# -- pages -------------------------------------------------------------------------------------


class _PortalPageFactory(wagtail_factories.PageFactory):
    """A page published under its parent (`publish=False`: a draft). Many-to-many and child
    relations (service areas, lots, criteria...) may be given as lists; terms also by code."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Testisivu {n}")
    slug = factory.LazyAttribute(lambda page: f"{factory_slug(page.title)}")
    intro = "Testisivun johdanto."
    publish = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        related = {name: kwargs.pop(name) for name in list(kwargs)
                   if _is_many(model_class, name)}
        kwargs.setdefault("live", publish)
        page = model_class(**kwargs)
        for name, values in related.items():
            setattr(page, name, _related_values(model_class, name, values))
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return model_class.objects.get(pk=page.pk)


_slug_numbers = itertools.count(1)


def factory_slug(title):
    from django.utils.text import slugify

    return f"{slugify(title)}-{next(_slug_numbers)}"


def _is_many(model, name):
    try:
        field = model._meta.get_field(name)
    except Exception:
        return False
    return field.many_to_many or field.one_to_many


def _related_values(model, name, values):
    field = model._meta.get_field(name)
    if field.many_to_many:
        return terms(field.related_model, values)
    child = field.related_model
    return [item if isinstance(item, child) else child(sort_order=position, **{
        key: _related_values(child, key, value) if _is_many(child, key) else value
        for key, value in item.items()}) for position, item in enumerate(values)]


class StandardPageFactory(_PortalPageFactory):
    class Meta:
        model = StandardPage

    parent = factory.LazyFunction(home_page)
    title = factory.Sequence(lambda n: f"Sisältösivu {n}")


class AccessibilityStatementPageFactory(_PortalPageFactory):
    class Meta:
        model = AccessibilityStatementPage

    parent = factory.LazyFunction(home_page)
    title = "Saavutettavuusseloste"
    compliance_status = "partially"
    assessment_method = "self"
    prepared_on = datetime.date(2026, 11, 2)
    reviewed_on = datetime.date(2026, 11, 2)
    feedback_email = "saavutettavuus@example.fi"
    enforcement_text = ("<p>Valvontaviranomainen on Etelä-Suomen aluehallintovirasto, "
                        "saavutettavuus@avi.fi.</p>")


class PrivacyNoticePageFactory(_PortalPageFactory):
    class Meta:
        model = PrivacyNoticePage

    parent = factory.LazyFunction(home_page)
    title = "Tietosuojaseloste"
    controller = "<p>Pohjanmaan hyvinvointialue, Hietalahdenkatu 2, 65130 Vaasa</p>"
    data_protection_officer = "<p>Tietosuojavastaava, tietosuoja@example.fi</p>"
    updated_on = datetime.date(2026, 11, 2)


class NewsArticlePageFactory(_PortalPageFactory):
    class Meta:
        model = NewsArticlePage

    parent = factory.LazyFunction(lambda: index_page(NewsIndexPage))
    title = factory.Sequence(lambda n: f"Uutinen {n}")
    date = factory.LazyFunction(timezone.localdate)


class TenderPageFactory(_PortalPageFactory):
    """A published Finnish tender planned two months ahead, with one service area,
    municipality and CPV code; `lots` as Lot field dicts (numbered from 1 when not given)."""

    class Meta:
        model = TenderPage

    parent = factory.LazyFunction(lambda: index_page(TenderIndexPage))
    title = factory.Sequence(lambda n: f"Testihankinta {n}")
    reference = factory.Sequence(lambda n: f"TEST-{n:05d}")
    intro = "Testihankinnan tiivistelmä."
    planned_publication = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=60))
    planned_publication_precision = "day"
    value_min = Decimal("1000000")
    contract_type = factory.LazyFunction(lambda: term(ContractType, "framework-agreement"))
    service_areas = factory.LazyFunction(lambda: ["home-care-support"])
    municipalities = factory.LazyFunction(lambda: ["905"])
    cpv_codes = factory.LazyFunction(lambda: ["85312400"])
    lots = factory.LazyFunction(list)

    @classmethod
    def _create(cls, model_class, *args, lots=(), **kwargs):
        numbered = [lot if isinstance(lot, Lot) else {"number": position, **lot}
                    for position, lot in enumerate(lots, start=1)]
        return super()._create(model_class, *args, lots=numbered, **kwargs)


class EventPageFactory(_PortalPageFactory):
    """A published Finnish in-person training `days` from now (a parameter, default 14),
    lasting `hours` (default 2)."""

    class Meta:
        model = EventPage

    class Params:
        days = 14
        hours = 2

    parent = factory.LazyFunction(lambda: index_page(EventIndexPage))
    title = factory.Sequence(lambda n: f"Testitapahtuma {n}")
    intro = "Testitapahtuman kuvaus."
    event_type = "training"
    start = factory.LazyAttribute(lambda page: timezone.now().replace(microsecond=0)
                                  + datetime.timedelta(days=page.days))
    end = factory.LazyAttribute(lambda page: page.start + datetime.timedelta(hours=page.hours))
    event_format = "in_person"
    venue_name = "Virastotalo"
    street_address = "Hietalahdenkatu 2"
    postal_code = "65130"
    city = "Vaasa"
    languages = factory.LazyFunction(lambda: ["fi"])


class PilotCallPageFactory(_PortalPageFactory):
    """A published Finnish pilot call, open (opened `opens_days` ago, closing in
    `deadline_days`), with two criteria (60 % on 0–5 and 40 % on 0–10)."""

    class Meta:
        model = PilotCallPage

    class Params:
        opens_days = -10
        deadline_days = 20

    parent = factory.LazyFunction(lambda: index_page(PilotCallIndexPage))
    title = factory.Sequence(lambda n: f"Testihaku {n}")
    intro = "Kokeillaan uutta."
    theme = "Yksinäisyys"
    goals = "Vähemmän yksinäisyyttä."
    eligibility = "Palveluntuottajat."
    pilots_sought = 2
    opens = factory.LazyAttribute(lambda page: timezone.now().replace(microsecond=0)
                                  + datetime.timedelta(days=page.opens_days))
    deadline = factory.LazyAttribute(lambda page: timezone.now().replace(microsecond=0)
                                     + datetime.timedelta(days=page.deadline_days))
    criteria = factory.LazyFunction(lambda: [
        CallCriterion(name="Asiakashyöty", weight=Decimal("60"), scale_max=5),
        CallCriterion(name="Toteutettavuus", weight=Decimal("40"), scale_max=10),
    ])


# -- what suppliers record ---------------------------------------------------------------------


class TenderInterestFactory(DjangoModelFactory):
    """An active interest of an organisation in a tender (`tender=`, a TenderPage), registered
    by one of its members; `lots` as Lot records of the tender."""

    class Meta:
        model = TenderInterest
        skip_postgeneration_save = True

    class Params:
        tender = factory.SubFactory(TenderPageFactory)

    tender_key = factory.SelfAttribute("tender.translation_key")
    organisation = factory.SubFactory(OrganisationFactory)
    registered_by = factory.LazyAttribute(
        lambda interest: MembershipFactory(organisation=interest.organisation).user)
    mode = ParticipationMode.ALONE
    language = "fi"

    @factory.post_generation
    def lots(interest, create, extracted, **kwargs):
        for lot in extracted or ():
            interest.lots.create(lot_key=lot.translation_key)


class AlertSubscriptionFactory(DjangoModelFactory):
    """An active alert of a user on everything (tenders, events, pilot calls); criteria as
    lists of terms or codes."""

    class Meta:
        model = AlertSubscription
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    language = "fi"

    service_areas = linked_terms(ServiceArea, "service_areas")
    municipalities = linked_terms(Municipality, "municipalities")
    contract_types = linked_terms(ContractType, "contract_types")
    cpv_codes = linked_terms(CPVCode, "cpv_codes")


def _admin_of(organisation):
    """The organisation's first admin, made (with a membership) when it has none."""
    membership = organisation.memberships.filter(role=MembershipRole.ADMIN) \
        .select_related("user").order_by("pk").first()
    return (membership or AdminMembershipFactory(organisation=organisation)).user


class RegistrationFactory(DjangoModelFactory):
    """A confirmed Finnish registration of a guest to an event (`event=`, an EventPage);
    `user=` (and `organisation=`) for a signed-in provider's."""

    class Meta:
        model = Registration

    class Params:
        event = factory.SubFactory(EventPageFactory)

    event_key = factory.SelfAttribute("event.translation_key")
    name = factory.Sequence(lambda n: f"Osallistuja {n}")
    email = factory.LazyAttributeSequence(
        lambda registration, n: registration.user.email if registration.user
        else f"osallistuja{n}@factory.example.fi")
    user = None
    language = "fi"
    status = RegistrationStatus.CONFIRMED
    confirmed_at = factory.LazyAttribute(
        lambda registration: timezone.now()
        if registration.status == RegistrationStatus.CONFIRMED else None)


class ProposalFactory(DjangoModelFactory):
    """A complete Finnish proposal of an organisation to a pilot call (`call=`, a
    PilotCallPage), started by the organisation's admin. It is put in `status` directly (a
    draft unless given), as a test's starting point: the workflow's own tests move proposals
    through pilots.workflow.transition."""

    class Meta:
        model = Proposal
        skip_postgeneration_save = True

    class Params:
        call = factory.SubFactory(PilotCallPageFactory)

    call_key = factory.SelfAttribute("call.translation_key")
    organisation = factory.SubFactory(OrganisationFactory)
    created_by = factory.LazyAttribute(lambda proposal: _admin_of(proposal.organisation))
    contact_email = factory.SelfAttribute("created_by.email")
    language = "fi"
    title = factory.Sequence(lambda n: f"Ehdotus {n}")
    summary = "Viikoittaiset videotapaamiset ikäihmisille."
    problem = "Yksinäisyys kotihoidossa."
    solution = "Tabletti ja vapaaehtoiset kaverit."
    target_group = "Kotihoidon asiakkaat, noin 40"
    expected_impact = "Vähemmän yksinäisyyttä."
    budget = Decimal("25000")
    status = ProposalStatus.DRAFT
    submitted_at = factory.LazyAttribute(
        lambda proposal: None if proposal.status == ProposalStatus.DRAFT else timezone.now())

    municipalities = linked_terms(Municipality, "municipalities")


class PilotFollowUpFactory(DjangoModelFactory):
    """The follow-up of a completed pilot (`proposal=`), its result published on the call
    page in Finnish and Swedish."""

    class Meta:
        model = PilotFollowUp

    proposal = factory.SubFactory(ProposalFactory, status=ProposalStatus.COMPLETED)
    percent_done = 100
    result_summary = factory.LazyFunction(lambda: {
        "fi": "Pilotti vähensi asiakkaiden yksinäisyyttä.",
        "sv": "Piloten minskade klienternas ensamhet."})
    result_published = True
