"""Fixtures of the fault tests: supplier users and organisations, as the suppliers' tests
make them."""

from tests.suppliers.conftest import (  # noqa: F401  (fixtures shared with the suppliers)
    admin_and_organisation,
    make_organisation,
    make_user,
)
