"""Demo supplier organisations: one of every type and size class, with their members.

The members are people of the demo, with addresses under example.fi and no password: they
show staff what a registered supplier looks like. In development the demo supplier user
(supplier@example.fi) is the admin of one and a member of another, to try the "act for" switch.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from portal.taxonomy.models import Municipality, ServiceArea

from .enums import MembershipStatus
from .interests.models import TenderInterest
from .models import Membership, Organisation

DEMO_SUPPLIER = "supplier@example.fi"

# (name, business ID, type, headcount band, turnover band, service areas, municipalities,
#  service languages, verified, members as (e-mail, first, last, role, status); the demo
#  supplier user's role or None)
ORGANISATIONS = [
    ("Hoivakoti Aurinkorinne Oy", "2345671-3", "company", "small", "small",
     ["housing-older-people"], ["905", "499"], ["fi", "sv"], True,
     [("anna.niemi@aurinkorinne.example.fi", "Anna", "Niemi", "admin", "active"),
      ("jari.koski@aurinkorinne.example.fi", "Jari", "Koski", "member", "active")],
     "admin"),
    ("Vasa Hemservice Ab", "2456782-9", "company", "micro", "micro",
     ["home-care-support"], ["905", "946", "475"], ["sv", "fi"], True,
     [("lena.holm@hemservice.example.fi", "Lena", "Holm", "admin", "active")],
     None),
    ("Fysioterapia Kristiina Laine", "3012345-8", "sole_trader", "micro", "micro",
     ["rehabilitation"], ["287", "545"], ["fi", "sv"], False,
     [("kristiina.laine@fysio.example.fi", "Kristiina", "Laine", "admin", "active")],
     None),
    ("Pohjanmaan Mielenterveysyhdistys ry", "1987654-7", "association", "small", "micro",
     ["housing-mental-health-substance-abuse"], ["905", "499", "893"], ["fi", "sv"], True,
     [("toiminnanjohtaja@mielenterveys.example.fi", "Sari", "Mäkelä", "admin", "active"),
      ("ville.aho@mielenterveys.example.fi", "Ville", "Aho", "member", "active"),
      ("uusi.tyontekija@mielenterveys.example.fi", "Emma", "Lind", "member", "requested")],
     None),
    ("Österbottens Vårdandelslag", "1122334-9", "cooperative", "micro", "small",
     ["home-care-support", "housing-older-people"], ["288", "599", "893"], ["sv"], False,
     [("maria.back@vardandelslag.example.fi", "Maria", "Bäck", "admin", "active")],
     None),
    ("Lääkäripalvelu Medi-Pohjanmaa Oy", "3344556-7", "company", "medium", "medium",
     ["doctor-services", "specialised-care"], ["905", "545", "287"], ["fi", "sv", "en"],
     True,
     [("hankinnat@medipohjanmaa.example.fi", "Mikko", "Rinne", "admin", "active"),
      ("laura.salo@medipohjanmaa.example.fi", "Laura", "Salo", "member", "active")],
     None),
    ("Suomen Hoivapalvelut Oyj", "2233445-8", "company", "large", "large",
     ["housing-older-people", "housing-disabilities", "home-care-support"],
     ["905", "499", "545", "599"], ["fi", "sv"], True,
     [("tarjoukset@hoivapalvelut.example.fi", "Petri", "Laakso", "admin", "active")],
     None),
    ("Rannikon Tukipalvelut Oy", "1555666-9", "in_house", "medium", "small",
     ["other-services"], ["905", "499", "475"], ["fi", "sv"], True,
     [("johto@rannikontuki.example.fi", "Henrik", "Sjöberg", "admin", "active")],
     None),
    ("Kristinestads stad", "2888777-4", "public_body", "medium", "medium",
     ["other-services"], ["287"], ["sv", "fi"], True,
     [("upphandling@kristinestad.example.fi", "Karin", "Ek", "admin", "active")],
     None),
    ("Lastensuojelusäätiö Majakka sr", "2765433-8", "association", "medium", "small",
     ["child-welfare-placements"], ["905", "893", "545"], ["fi", "sv"], True,
     [("sijoitukset@majakka.example.fi", "Tiina", "Lehto", "admin", "active")],
     "member"),
]


def _person(email, first_name, last_name):
    user, created = get_user_model().objects.get_or_create(
        username=email, defaults={"email": email, "first_name": first_name,
                                  "last_name": last_name})
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def _join(user, organisation, role, status, now):
    Membership.objects.get_or_create(
        user=user, organisation=organisation,
        defaults={"role": role, "status": status, "status_changed_at": now})


def seed_suppliers(stdout):
    """Create the demo organisations and their members; run again, it changes nothing
    that exists (staff may have edited or verified them)."""
    default = Locale.get_default()
    areas = {term.code: term for term in ServiceArea.objects.filter(locale=default)}
    places = {term.code: term for term in Municipality.objects.filter(locale=default)}
    demo_supplier = get_user_model().objects.filter(username=DEMO_SUPPLIER).first()
    now = timezone.now()
    for (name, business_id, kind, headcount, turnover, area_codes, municipality_codes,
         languages, verified, members, demo_role) in ORGANISATIONS:
        organisation, created = Organisation.objects.get_or_create(
            business_id=business_id,
            defaults={"name": name, "organisation_type": kind, "headcount_band": headcount,
                      "turnover_band": turnover, "service_languages": languages,
                      "verified": verified,
                      "verified_at": now if verified else None,
                      "contact_email": members[0][0],
                      "website": f"https://www.{members[0][0].split('@')[1]}/"})
        if created:
            organisation.service_areas.set([areas[code] for code in area_codes])
            organisation.municipalities.set([places[code] for code in municipality_codes])
        for email, first_name, last_name, role, status in members:
            _join(_person(email, first_name, last_name), organisation, role, status, now)
        if demo_supplier and demo_role:
            _join(demo_supplier, organisation, demo_role, MembershipStatus.ACTIVE, now)
    stdout.write(f"Suppliers: {len(ORGANISATIONS)} organisations, "
                 f"{Membership.objects.filter(status=MembershipStatus.ACTIVE).count()} "
                 f"active memberships.")


# How the demo organisations take part, in turn: (mode, capacity, questions).
INTEREST_STYLES = [
    ("alone", "Noin 30 asiakasta vuodessa.", "Voiko osa-alueen vaihtaa sopimuskauden aikana?"),
    ("consortium", "Yhdessä kumppanin kanssa 2 000 tuntia vuodessa.",
     "Hyväksytäänkö yhteistarjous, jossa vastuu jakautuu?"),
    ("subcontractor", "Viikonloppujen ja iltojen käynnit.", ""),
    ("following", "", "Milloin markkinavuoropuhelun tilaisuus järjestetään?"),
]


def seed_interests(stdout):
    """Each demo organisation registers interest in the demo tenders of its service areas,
    picking up to two lots. Interests in tenders already open were registered, in the story,
    before they opened, so they are stored directly rather than through the domain."""
    from portal.tenders.models import TenderPage
    from suppliers.interests import domain as interests
    from suppliers.interests.models import InterestedLot, TenderInterest

    tenders = list(TenderPage.objects.live().filter(locale=Locale.get_default())
                   .prefetch_related("service_areas", "lots").order_by("reference"))
    count = 0
    # The demo's own organisations (the metrics history stores its organisations' own).
    demo = [business_id for _name, business_id, *_rest in ORGANISATIONS]
    for index, organisation in enumerate(Organisation.objects.filter(business_id__in=demo)
                                         .order_by("business_id")
                                         .prefetch_related("service_areas")):
        admin = Membership.objects.admins().filter(organisation=organisation).first()
        areas = {area.pk for area in organisation.service_areas.all()}
        for tender in tenders:
            if not areas & {area.pk for area in tender.service_areas.all()} or \
                    TenderInterest.objects.filter(organisation=organisation,
                                                  tender_key=tender.translation_key).exists():
                continue
            mode, capacity, questions = INTEREST_STYLES[(index + count) % len(INTEREST_STYLES)]
            lots = sorted(tender.lots.all(), key=lambda lot: lot.number)
            picked = [] if mode == "following" else \
                [lot.translation_key for lot in lots[index % 2:index % 2 + 2]]
            language = (organisation.service_languages or ["fi"])[0]
            if interests.lock_reason(tender) is None and admin is not None:
                interests.register_interest(admin.user, organisation, tender, mode=mode,
                                            lot_keys=picked, capacity=capacity,
                                            questions=questions, language=language)
            else:
                interest = TenderInterest.objects.create(
                    tender_key=tender.translation_key, organisation=organisation,
                    registered_by=admin.user if admin else None, mode=mode,
                    capacity=capacity, questions=questions, language=language)
                InterestedLot.objects.bulk_create(
                    [InterestedLot(interest=interest, lot_key=key) for key in picked])
                # Registered while the tender still took interest: days before it stopped.
                opened, until = interests.interest_period(tender)
                if until is not None:
                    at = max(until - datetime.timedelta(days=3 + (index * 5 + count) % 20),
                             opened + datetime.timedelta(days=1))
                    TenderInterest.objects.filter(pk=interest.pk).update(created_at=at,
                                                                         updated_at=at)
            count += 1
    _registered_before_their_interests(demo)
    stdout.write(f"Interests: {TenderInterest.objects.count()} expressions of interest.")


def _registered_before_their_interests(business_ids):
    """An organisation (and its members) registered in the portal before its first interest:
    the story's interests in tenders long closed are dated before the demo starts."""
    for organisation in Organisation.objects.filter(business_id__in=business_ids):
        first = TenderInterest.objects.filter(organisation=organisation) \
            .order_by("created_at").values_list("created_at", flat=True).first()
        if first is None or first > organisation.created_at:
            continue
        registered = first - datetime.timedelta(days=14)
        Organisation.objects.filter(pk=organisation.pk).update(created_at=registered)
        Membership.objects.filter(organisation=organisation, created_at__gt=registered) \
            .update(created_at=registered, status_changed_at=registered)


# Demo people who keep alerts: a Finnish-speaking and a Swedish-speaking organisation admin.
ALERT_KEEPERS = ["anna.niemi@aurinkorinne.example.fi", "lena.holm@hemservice.example.fi",
                 DEMO_SUPPLIER]


def seed_supplier_alerts(stdout):
    from suppliers.alerts.demo import seed_alerts

    for user in get_user_model().objects.filter(username__in=ALERT_KEEPERS):
        seed_alerts(stdout, user)
