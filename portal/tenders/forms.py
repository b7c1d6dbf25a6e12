"""The tender editor's form: lot rules that need the tender and all its lots at once."""

from decimal import Decimal

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

# Estimates are rounded; lots may add up to a little more or less than the tender's value.
VALUE_TOLERANCE = Decimal("0.01")


def lot_problems(value_min, value_max, lots):
    """Problems of a tender's lots as [(lot index or None, field, message)].

    `lots` are dicts with number, estimated_value and annual_value.
    """
    problems = []
    seen = {}
    for position, lot in enumerate(lots):
        number = lot.get("number")
        if number is None:
            continue
        if number in seen:
            problems.append((position, "number", _("Lot number %(number)s is used twice.")
                             % {"number": number}))
        seen[number] = position
    if value_min is None:
        return problems
    high = value_max if value_max is not None else value_min
    for position, lot in enumerate(lots):
        value = lot.get("estimated_value")
        if value is not None and value > high * (1 + VALUE_TOLERANCE):
            problems.append((position, "estimated_value", _(
                "The lot's estimated value is more than the whole tender's estimated value.")))
    values = [lot.get("estimated_value") for lot in lots]
    if values and all(value is not None for value in values):
        total = sum(values)
        if total > high * (1 + VALUE_TOLERANCE) or total < value_min * (1 - VALUE_TOLERANCE):
            problems.append((None, "value_min", _(
                "The lots' estimated values add up to %(total)s €, which does not match the "
                "tender's estimated value.") % {"total": f"{total:,.0f}".replace(",", " ")}))
    return problems


class TenderPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("lots")
        if formset is None or not formset.is_valid():
            return cleaned_data
        forms = [form for form in formset.forms
                 if form.cleaned_data and not form.cleaned_data.get("DELETE")]
        problems = lot_problems(cleaned_data.get("value_min"), cleaned_data.get("value_max"),
                                [form.cleaned_data for form in forms])
        for position, field, message in problems:
            if position is None:
                self.add_error(field, message)
            else:
                forms[position].add_error(field, message)
        return cleaned_data
