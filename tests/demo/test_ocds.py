"""The demo's tenders as open data pass the Open Contracting Partnership's own tools
(libcoveocds, offline: tests/tenders/test_ocds_tools.py checks tenders built for it)."""

import pytest

from tests.tenders.ocds_tools import compile_records, local_ocds, no_network, review  # noqa: F401

URL = "/open-data/ocds/release-package.json"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("whole_demo", "local_ocds")]


def test_the_demo_passes_libcoveocds_as_releases_and_as_records(client):
    package = client.get(URL).json()
    assert package["releases"]
    assert review(package) == {}
    assert review(compile_records(package)) == {}
