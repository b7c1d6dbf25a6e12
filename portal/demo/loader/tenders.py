"""Seeds the demo procurement calendar (tenders.yaml) in Finnish, Swedish and English; safe to
run again."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Locale

from portal.demo.content import LANGUAGES, load
from portal.demo.loader.pages import ensure_page, stream
from portal.pages.models import HomePage
from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.tenders.domain import change_status
from portal.tenders.enums import TenderStatus
from portal.tenders.models import (
    Lot,
    TenderIndexPage,
    TenderPage,
    TenderTimelineEntry,
    TimelineKind,
)

CONTENT = load("tenders")


def _aware(value):
    if not value:
        return None
    return timezone.make_aware(datetime.datetime.fromisoformat(value))


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _money(value):
    return Decimal(value) if value is not None else None


def _terms(model, codes):
    return list(model.objects.filter(code__in=codes))


def _facts(spec):
    """The fields every language version shares."""
    return {
        "reference": spec["reference"],
        "procedure": spec["procedure"],
        "value_min": _money(spec["value_min"]),
        "value_max": _money(spec["value_max"]),
        "value_is_public": spec["value_is_public"],
        "planned_publication": _date(spec["planned_publication"]),
        "planned_publication_precision": spec["planned_publication_precision"],
        "market_dialogue_date": _date(spec["market_dialogue_date"]),
        "interest_deadline": _aware(spec["interest_deadline"]),
        "tender_deadline": _aware(spec["tender_deadline"]),
        "contract_start": _date(spec["contract_start"]),
        "contract_duration_months": spec["contract_duration_months"],
        "option_months": spec["option_months"],
        "procurement_languages": spec["languages"],
        "max_lots_per_bidder": spec["max_lots_per_bidder"],
        "contact_name": spec["contact"]["name"],
        "contact_email": spec["contact"]["email"],
        "contact_phone": spec["contact"]["phone"],
        "contract_type": ContractType.objects.get(code=spec["contract_type"]),
    }


def _texts(spec, language):
    texts = spec[language]
    return {"slug": texts["slug"], "title": texts["title"], "intro": texts["summary"],
            "body": stream([("paragraph", texts["description"])]),
            "sme_notes": texts["sme_notes"], "status_note": texts["status_note"]}


def _lots(spec, language):
    lots = []
    for order, lot in enumerate(spec["lots"]):
        texts = lot[language]
        reason = lot["sme_override_reason"][language] if lot["sme_override_reason"] else ""
        lots.append(Lot(
            sort_order=order, number=lot["number"], title=texts["title"],
            description=texts["description"], requirements=texts["requirements"],
            estimated_value=_money(lot["estimated_value"]),
            annual_value=_money(lot["annual_value"]),
            municipalities=_terms(Municipality, lot["municipalities"]),
            volume_quantity=lot["volume_quantity"], volume_unit=lot["volume_unit"],
            sme_override=lot["sme_override"], sme_override_reason=reason,
        ))
    return lots


def ensure_tender(index, spec):
    existing = TenderPage.objects.filter(reference=spec["reference"],
                                         locale=Locale.get_default()).first()
    if existing:
        return existing, False
    relations = {
        "service_areas": _terms(ServiceArea, spec["service_areas"]),
        "municipalities": _terms(Municipality, spec["municipalities"]),
        "cpv_codes": _terms(CPVCode, spec["cpv_codes"]),
    }
    source = None
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        page = TenderPage(locale=locale, **_facts(spec), **_texts(spec, language))
        for name, terms in relations.items():
            getattr(page, name).set(terms)
        page.lots = _lots(spec, language)
        if source is None:
            index.add_child(instance=page)
            source = page
        else:
            page.translation_key = source.translation_key
            for lot, source_lot in zip(page.lots.all(), source.lots.all(), strict=True):
                lot.translation_key = source_lot.translation_key
            index.get_translation(locale).add_child(instance=page)
        page.save_revision().publish()
    _replay_status_history(source, spec["status_history"], spec["notice_url"])
    return source, True


def _replay_status_history(tender, history, notice_url):
    """Walk the tender through its demo history, dated as the demo content says."""
    first_status, first_date = history[0]
    assert first_status == TenderStatus.PLANNED
    TenderTimelineEntry.objects.filter(
        tender_key=tender.translation_key, kind__in=[TimelineKind.PUBLISHED, TimelineKind.DATE]
    ).update(occurred_at=_aware(first_date + "T09:00"))
    for status, date in history[1:]:
        # The notice is published when the tender opens, not before.
        change_status(tender, status, notice_url=notice_url if status == "open" else "",
                      when=_aware(date + "T10:00"))


def seed_tenders(stdout):
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = ensure_page(home, TenderIndexPage, CONTENT["index"], extra={"show_in_menus": True})
    index = TenderIndexPage.objects.get(pk=index.pk)
    tenders = CONTENT["tenders"]
    created = sum(ensure_tender(index, spec)[1] for spec in tenders)
    stdout.write(f"Tenders: {created} created, {len(tenders)} in the calendar.")
