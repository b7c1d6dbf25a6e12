"""Demo supplier organisations (suppliers.yaml): one of every type and size class, with their
members, their interests in the demo tenders and their alerts.

The members are people of the demo, with addresses under example.fi and no password: they
show staff what a registered supplier looks like. In development the demo supplier user
(supplier@example.fi) is the admin of one and a member of another, to try the "act for" switch.
"""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from portal.demo.content import load
from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.tenders.models import TenderPage
from suppliers.alerts import domain as alert_domain
from suppliers.enums import MembershipStatus
from suppliers.interests import domain as interests
from suppliers.interests.models import InterestedLot, TenderInterest
from suppliers.models import Membership, Organisation

CONTENT = load("suppliers")
DEMO_SUPPLIER = CONTENT["demo_supplier"]


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
    areas = {term.code: term for term in ServiceArea.objects.all()}
    places = {term.code: term for term in Municipality.objects.all()}
    demo_supplier = get_user_model().objects.filter(username=DEMO_SUPPLIER).first()
    now = timezone.now()
    organisations = CONTENT["organisations"]
    for spec in organisations:
        members, verified = spec["members"], spec["verified"]
        contact_email = members[0]["email"]
        organisation, created = Organisation.objects.get_or_create(
            business_id=spec["business_id"],
            defaults={"name": spec["name"], "organisation_type": spec["organisation_type"],
                      "headcount_band": spec["headcount_band"],
                      "turnover_band": spec["turnover_band"],
                      "service_languages": spec["service_languages"],
                      "verified": verified,
                      "verified_at": now if verified else None,
                      "contact_email": contact_email,
                      "website": f"https://www.{contact_email.split('@')[1]}/"})
        if created:
            organisation.service_areas.set([areas[code] for code in spec["service_areas"]])
            organisation.municipalities.set([places[code] for code in spec["municipalities"]])
        for member in members:
            _join(_person(member["email"], member["first_name"], member["last_name"]),
                  organisation, member["role"], member["status"], now)
        if demo_supplier and spec["demo_supplier_role"]:
            _join(demo_supplier, organisation, spec["demo_supplier_role"],
                  MembershipStatus.ACTIVE, now)
    stdout.write(f"Suppliers: {len(organisations)} organisations, "
                 f"{Membership.objects.filter(status=MembershipStatus.ACTIVE).count()} "
                 f"active memberships.")


def seed_interests(stdout):
    """Each demo organisation registers interest in the demo tenders of its service areas,
    picking up to two lots. Interests in tenders already open were registered, in the story,
    before they opened, so they are stored directly rather than through the domain."""
    tenders = list(TenderPage.objects.live().filter(locale=Locale.get_default())
                   .prefetch_related("service_areas", "lots").order_by("reference"))
    count = 0
    # The demo's own organisations (the metrics history stores its organisations' own).
    demo = [spec["business_id"] for spec in CONTENT["organisations"]]
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
            styles = CONTENT["interest_styles"]
            style = styles[(index + count) % len(styles)]
            mode, capacity, questions = style["mode"], style["capacity"], style["questions"]
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


def seed_supplier_alerts(stdout):
    """The demo alerts of the demo people who keep alerts: a Finnish-speaking and a
    Swedish-speaking organisation admin and the demo supplier user."""
    for user in get_user_model().objects.filter(username__in=CONTENT["alert_keepers"]):
        seed_alerts(stdout, user)


ALERT_TERMS = {"service_areas": ServiceArea, "municipalities": Municipality,
               "contract_types": ContractType, "cpv_codes": CPVCode}


def seed_alerts(stdout, user, alerts=None):
    """Give `user` the demo alerts (`alerts` in suppliers.yaml) it does not have yet (by
    name); idempotent."""
    existing = set(alert_domain.subscriptions_of(user).values_list("name", flat=True))
    created = 0
    for alert in CONTENT["alerts"] if alerts is None else alerts:
        if alert["name"] in existing:
            continue
        data = dict(alert)
        for name, model in ALERT_TERMS.items():
            data[name] = list(model.objects.filter(code__in=data.get(name, [])))
        alert_domain.create_subscription(user, data, language=data["language"])
        created += 1
    stdout.write(f"Alerts: {created} created for {user.email}.")
    return created
