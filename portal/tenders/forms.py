"""The tender editor's form: lot rules that need the tender and all its lots at once."""

from decimal import Decimal

from django.conf import settings
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
    TAXONOMY_FIELDS = ("service_areas", "municipalities", "cpv_codes", "contract_type")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each term exists once per language: offer one language's terms, those of the
        # page's own language where the page has chosen terms of it, else the default's.
        locale_id = getattr(self.instance, "locale_id", None)
        for name in self.TAXONOMY_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            chosen = self.initial.get(name)
            language_terms = field.queryset.filter(locale_id=locale_id)
            if not locale_id or not language_terms.exists() or (
                chosen and not self._chosen_in(language_terms, chosen)
            ):
                language_terms = field.queryset.filter(
                    locale__language_code=settings.LANGUAGE_CODE)
            field.queryset = language_terms

    @staticmethod
    def _chosen_in(queryset, chosen):
        values = [chosen] if isinstance(chosen, int | str) or hasattr(chosen, "pk") \
            else list(chosen)
        ids = [getattr(value, "pk", value) for value in values]
        return queryset.filter(pk__in=ids).count() == len(set(ids))

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
