"""Fixtures of the cross-cutting tests: the supplier factories (users, organisations)."""

from tests.suppliers.conftest import (  # noqa: F401  (fixtures shared with the suppliers)
    add_member,
    make_organisation,
    make_user,
)
