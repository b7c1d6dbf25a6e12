"""An organisation's way from registering to proposing, one at a time and across all."""

from dataclasses import dataclass


@dataclass(frozen=True)
class TimelineEntry:
    when: object
    kind: str
    label: object
    url: str | None = None


@dataclass(frozen=True)
class FunnelStep:
    key: str
    label: object
    organisations: int


def organisation_timeline(organisation):
    return []


def funnel(period=None):
    return []
