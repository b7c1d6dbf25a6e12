"""Fixtures of the tenders' tests."""

from tests.tenders.ocds_tools import local_ocds, no_network  # noqa: F401  (fixtures)
