"""Factories of the alert tests: subscriptions by term codes, as the form gives them."""

import pytest

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from suppliers.alerts import domain

MODELS = {"service_areas": ServiceArea, "municipalities": Municipality,
          "contract_types": ContractType, "cpv_codes": CPVCode}


def terms(model, codes):
    return list(model.objects.filter(code__in=codes))


@pytest.fixture
def subscribe(make_user):
    """subscribe(user=None, service_areas=("home-care-support",), cpv_codes=("85300000",),
    keywords="ateria", item_types=["tender"], frequency="weekly", language="sv", ...)"""

    def subscribe(user=None, **data):
        user = user or make_user()
        for name, model in MODELS.items():
            if name in data:
                data[name] = terms(model, data[name])
        data.setdefault("item_types", ["tender", "event", "pilot_call"])
        return domain.create_subscription(user, data, language=data.pop("language", "fi"))

    return subscribe
