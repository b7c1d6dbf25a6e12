"""The calendar as an OCDS 1.1 release package: planning and tender stages with lots.

One release per tender describes its current state. Texts are in Finnish with Swedish and
English variants (`title_sv`, `title_en`), as OCDS allows; taxonomy is by code (CPV), and
municipalities are where the items are delivered (location extension).
"""

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.utils import timezone
from django.utils.translation import override

from portal.core.models import OrganisationDetails
from portal.taxonomy.labels import taxonomy_labels

from .enums import (
    NOTICE_REQUIRED_STATES,
    OCDS_METHOD,
    OCDS_TENDER_STATUS,
    DatePrecision,
    Procedure,
    TenderStatus,
)
from .models import TenderPage, sme_threshold

EXTENSIONS = [
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/master/extension.json",
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_location_extension/v1.1.5/extension.json",
]
LICENSE = "https://creativecommons.org/licenses/by/4.0/"


def _iso(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    # A date is the start of that day in the county's time.
    start = datetime.datetime.combine(value, datetime.time.min)
    return timezone.make_aware(start).isoformat()


def _money(amount):
    return {"amount": float(amount), "currency": "EUR"}


def _is_empty(value):
    return value in (None, "", [], {})


def _compact(data):
    """Leave out empty values: OCDS omits what is not known rather than writing null.

    Inside first, then the emptiness test: an object whose fields were all empty (a tender
    period without dates) or a list of such objects goes too, at any depth.
    """
    if isinstance(data, dict):
        compacted = ((key, _compact(value)) for key, value in data.items())
        return {key: value for key, value in compacted if not _is_empty(value)}
    if isinstance(data, list):
        compacted = (_compact(item) for item in data)
        return [item for item in compacted if not _is_empty(item)]
    return data


def _party(organisation):
    name = organisation.name if organisation else settings.WAGTAIL_SITE_NAME
    business_id = organisation.business_id if organisation else ""
    party_id = f"FI-PRO-{business_id}" if business_id else "buyer"
    party = {
        "id": party_id,
        "name": name,
        "roles": ["buyer", "procuringEntity"],
        "identifier": {"scheme": "FI-PRO", "id": business_id} if business_id else None,
        "address": {
            "streetAddress": organisation.street_address,
            "postalCode": organisation.postal_code,
            "locality": organisation.post_office,
            "countryName": "Finland",
        } if organisation else None,
        "contactPoint": {"email": organisation.email,
                         "telephone": organisation.phone} if organisation else None,
    }
    return party


def _tag(tender):
    if tender.status == TenderStatus.CANCELLED:
        return ["tenderCancellation"] if tender.notice_url else ["planningUpdate"]
    if tender.status in (TenderStatus.PLANNED, TenderStatus.MARKET_DIALOGUE):
        return ["planning"]
    return ["tender"]


def _translated(field, tender, translations):
    values = {field: getattr(tender, field_source(field))}
    for language, translation in translations.items():
        values[f"{field}_{language}"] = getattr(translation, field_source(field))
    return values


def field_source(field):
    return {"title": "title", "description": "intro"}[field]


def build_release(tender, translations, labels, threshold, buyer, request):
    status = OCDS_TENDER_STATUS[tender.status]
    lots = sorted(tender.lots.all(), key=lambda lot: lot.number)
    lot_translations = {
        language: {lot.number: lot for lot in translation.lots.all()}
        for language, translation in translations.items()
    }
    cpv = sorted(tender.cpv_codes.all(), key=lambda term: term.code)
    classification = [{"scheme": "CPV", "id": term.code,
                       "description": labels["cpv"].get(term.code, term.name)} for term in cpv]
    municipality_names = labels["municipality"]

    def delivery(codes):
        """Where an item is delivered, in the location extension's terms (v1.1.5).

        That version gives an item one `deliveryAddress` and one `deliveryLocation`; a lot
        often covers several municipalities. Repeating the item once per municipality would
        turn one line item into several, misleading anyone who counts or sums items, so the
        item stays whole: its address is the region (and the municipality's name when it is
        the only one), and its location's description names every municipality, which is
        what the extension says a location's description may hold. (OCDS 1.2 brings
        `deliveryAddresses` for one address per municipality.)
        """
        names = [municipality_names.get(code, code) for code in codes]
        return {
            "deliveryAddress": {"locality": names[0] if len(names) == 1 else None,
                                "region": "Pohjanmaa", "countryName": "Finland"},
            "deliveryLocation": {"description": ", ".join(names)} if names else None,
        }

    items = []
    for lot in lots:
        items.append({
            "id": f"lot-{lot.number}",
            "description": lot.title,
            "classification": classification[0] if classification else None,
            "additionalClassifications": classification[1:],
            "relatedLot": str(lot.number),
            **delivery([term.code for term in lot.municipalities.all()]),
        })
    if not lots:
        items.append({
            "id": "1",
            "description": tender.title,
            "classification": classification[0] if classification else None,
            "additionalClassifications": classification[1:],
            **delivery([term.code for term in tender.municipalities.all()]),
        })

    def lot_data(lot):
        data = {
            "id": str(lot.number),
            "title": lot.title,
            "description": lot.description,
            "status": status,
            "value": _money(lot.estimated_value) if lot.estimated_value is not None
            and tender.value_is_public else None,
            "suitability": {"sme": lot.is_sme_sized(threshold)},
        }
        for language, by_number in lot_translations.items():
            if lot.number in by_number:
                data[f"title_{language}"] = by_number[lot.number].title
                data[f"description_{language}"] = by_number[lot.number].description
        return data

    value = tender.value_range if tender.value_is_public else None
    contract_period = None
    if tender.contract_start:
        contract_period = {"startDate": _iso(tender.contract_start)}
        if tender.contract_duration_months:
            end = tender.contract_start + relativedelta(months=tender.contract_duration_months)
            contract_period["endDate"] = _iso(end)
            contract_period["maxExtentDate"] = _iso(
                end + relativedelta(months=tender.option_months or 0))
    milestones = []
    if tender.market_dialogue_date:
        milestones.append({
            "id": "market-dialogue", "title": "Markkinavuoropuhelu", "type": "engagement",
            "dueDate": _iso(tender.market_dialogue_date),
            "status": "met" if tender.market_dialogue_date < timezone.localdate()
            else "scheduled",
        })
    if tender.planned_publication:
        milestones.append({
            "id": "planned-publication", "title": "Hankintailmoituksen julkaisu",
            "type": "preProcurement", "dueDate": _iso(tender.planned_publication),
            "description": {
                DatePrecision.DAY: "Päivämäärä", DatePrecision.MONTH: "Kuukauden tarkkuudella",
                DatePrecision.QUARTER: "Vuosineljänneksen tarkkuudella",
            }[tender.planned_publication_precision],
            "status": "met" if tender.status in NOTICE_REQUIRED_STATES else "scheduled",
        })
    with override(settings.LANGUAGE_CODE):
        procedure_label = str(Procedure(tender.procedure).label)
    release = {
        "ocid": f"{settings.OCDS_PREFIX}-{tender.reference}",
        "id": f"{tender.reference}-{(tender.last_published_at or timezone.now()):%Y%m%dT%H%M%S}",
        "date": _iso(max(filter(None, [tender.last_published_at, tender.status_changed_at]),
                         default=timezone.now())),
        "tag": _tag(tender),
        "initiationType": "tender",
        "language": tender.locale.language_code,
        "parties": [buyer],
        "buyer": {"id": buyer["id"], "name": buyer["name"]},
        "planning": {"milestones": milestones},
        "tender": {
            "id": tender.reference,
            **_translated("title", tender, translations),
            **_translated("description", tender, translations),
            "status": status,
            "procuringEntity": {"id": buyer["id"], "name": buyer["name"]},
            "items": items,
            "value": _money(value[1]) if value else None,
            "minValue": _money(value[0]) if value and value[0] != value[1] else None,
            "procurementMethod": OCDS_METHOD[tender.procedure],
            "procurementMethodDetails": procedure_label,
            "mainProcurementCategory": "services",
            "tenderPeriod": {
                "startDate": _iso(tender.planned_publication)
                if tender.planned_publication_precision == DatePrecision.DAY else None,
                "endDate": _iso(tender.tender_deadline),
            },
            "contractPeriod": contract_period,
            "documents": [{"id": "contract-notice", "documentType": "tenderNotice",
                           "title": "Hankintailmoitus", "url": tender.notice_url,
                           "language": tender.locale.language_code}]
            if tender.notice_url else [],
            "lots": [lot_data(lot) for lot in lots],
            "lotDetails": {"maximumLotsBidPerSupplier": tender.max_lots_per_bidder}
            if tender.max_lots_per_bidder else None,
            "suitability": {"sme": any(lot.is_sme_sized(threshold) for lot in lots)},
        },
    }
    return _compact(release)


def release_package(request):
    """Every published tender of the default language, with its translations merged in."""
    labels = taxonomy_labels(settings.LANGUAGE_CODE)
    threshold = sme_threshold()
    related = ("service_areas", "municipalities", "cpv_codes", "lots", "lots__municipalities")
    tenders = list(
        TenderPage.objects.live().public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale", "contract_type").prefetch_related(*related)
        .order_by("planned_publication", "pk")
    )
    translations = {}
    for translation in (
        TenderPage.objects.live().public()
        .filter(translation_key__in=[tender.translation_key for tender in tenders])
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale").prefetch_related("lots")
    ):
        translations.setdefault(translation.translation_key, {})[
            translation.locale.language_code] = translation
    with override(settings.LANGUAGE_CODE):
        organisation = OrganisationDetails.for_active_locale()
    buyer = _compact(_party(organisation))
    return {
        "uri": request.build_absolute_uri(),
        "version": "1.1",
        "extensions": EXTENSIONS,
        "publishedDate": _iso(timezone.now()),
        "publisher": {"name": buyer["name"]},
        "license": LICENSE,
        "releases": [
            build_release(tender, translations.get(tender.translation_key, {}), labels,
                          threshold, buyer, request)
            for tender in tenders
        ],
    }
