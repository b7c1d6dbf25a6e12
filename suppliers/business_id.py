"""The Finnish business ID (Y-tunnus / FO-nummer): checked and written as 1234567-1."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as InvalidNumber
from stdnum.fi import ytunnus


def normalise_business_id(value):
    """The business ID as 1234567-1; ValidationError when it is not a valid one.

    Spaces, a missing hyphen and the FI prefix of the VAT number are accepted on the way in.
    """
    try:
        return ytunnus.format(ytunnus.validate(value or ""))
    except InvalidNumber:
        raise ValidationError(
            _("Enter a valid business ID: seven digits, a hyphen and the check digit, "
              "for example 1234567-1."), code="invalid_business_id",
        ) from None


def validate_business_id(value):
    normalise_business_id(value)
