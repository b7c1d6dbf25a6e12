"""Demo alerts for a demo user: an immediate one and a weekly Swedish digest."""

from django.conf import settings

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea

from . import domain
from .enums import Frequency, ItemType

DEMO_ALERTS = [
    {"name": "Kotihoito Vaasassa", "item_types": [ItemType.TENDER, ItemType.EVENT],
     "service_areas": ["home-care-support"], "municipalities": ["905", "499"],
     "cpv_codes": ["85312400"], "keywords": "kotihoito, ateria",
     "frequency": Frequency.IMMEDIATE, "language": "fi"},
    {"name": "Boende i Österbotten", "item_types": [],
     "service_areas": ["housing-older-people", "housing-disabilities"],
     "contract_types": ["service-voucher", "framework-agreement"],
     "cpv_codes": ["85311000"], "frequency": Frequency.WEEKLY, "language": "sv"},
]
MODELS = {"service_areas": ServiceArea, "municipalities": Municipality,
          "contract_types": ContractType, "cpv_codes": CPVCode}


def seed_alerts(stdout, user, alerts=DEMO_ALERTS):
    """Give `user` the demo alerts it does not have yet (by name); idempotent."""
    existing = set(domain.subscriptions_of(user).values_list("name", flat=True))
    created = 0
    for alert in alerts:
        if alert["name"] in existing:
            continue
        data = dict(alert)
        for name, model in MODELS.items():
            data[name] = list(model.objects.filter(
                code__in=data.get(name, []), locale__language_code=settings.LANGUAGE_CODE))
        domain.create_subscription(user, data, language=data["language"])
        created += 1
    stdout.write(f"Alerts: {created} created for {user.email}.")
    return created
