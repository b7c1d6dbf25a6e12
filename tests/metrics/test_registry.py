"""The registry of indicators: each section and indicator key once, known units only, and
every registered indicator computed by its section's collectors."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.metrics.periods import Period
from portal.metrics.registry import (
    INDICATORS,
    INDICATORS_BY_KEY,
    SECTIONS,
    Indicator,
    Section,
    evaluate,
    register,
)


def test_a_section_or_an_indicator_is_registered_once():
    with pytest.raises(ImproperlyConfigured):
        register(SECTIONS["alerts"])
    with pytest.raises(ImproperlyConfigured):
        register(Section("again", "Again", [INDICATORS_BY_KEY["alerts_new"]]))
    assert "again" not in SECTIONS


def test_an_indicator_has_a_known_unit():
    with pytest.raises(ImproperlyConfigured):
        Indicator("weight", "Weight", unit="kg")


def test_the_sections_are_shown_in_their_order_and_hold_their_indicators():
    assert list(SECTIONS) == ["organisations", "interest", "alerts", "email", "events",
                              "pilots", "views"]
    assert [indicator for section in SECTIONS.values()
                          for indicator in section.indicators] == INDICATORS
    assert all(indicator.section == key for key, section in SECTIONS.items()
               for indicator in section.indicators)


@pytest.mark.django_db
def test_each_sections_collectors_return_exactly_its_indicators_for_each_period():
    months = [Period.month(2031, 1), Period.month(2031, 2)]
    for key, section in SECTIONS.items():
        keys = [indicator.key for indicator in section.indicators]
        figures = evaluate(months, keys=keys[:1])
        assert len(figures) == len(months)
        assert all(set(found) == set(keys) for found in figures), key
