"""Pilot tests: calls, supplier organisations with members, a pilot manager, reviewers."""

import pytest

from tests.suppliers.conftest import (  # noqa: F401  (fixtures shared with the suppliers)
    add_member,
    admin_and_organisation,
    make_organisation,
    make_user,
)

from .helpers import add_to_group


@pytest.fixture
def manager(make_user):  # noqa: F811  (the fixture imported above)
    return add_to_group(make_user("manager@hyvaep.fi"), "Pilot managers")


@pytest.fixture
def reviewers(make_user):  # noqa: F811
    return [add_to_group(make_user(f"reviewer{n}@hyvaep.fi"), "Pilot reviewers")
            for n in range(3)]


# The staff screens' fixtures (a call, a supplier's organisation, proposals, an editor).
from .admin_helpers import call, editor, organisation, proposals, supplier  # noqa: E402,F401
