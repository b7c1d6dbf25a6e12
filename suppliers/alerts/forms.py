"""The alert form: what to follow, by which criteria, how often and in which language."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
from portal.taxonomy.ordering import order_term_choices

from .enums import ItemType
from .models import AlertSubscription, split_keywords

MAX_KEYWORDS = 20
MAX_KEYWORD_LENGTH = 100

# Form field → (taxonomy kind in labels.py, model, the calendar filter's GET parameter).
TAXONOMY_FIELDS = {
    "service_areas": ("service_area", ServiceArea, "service_area"),
    "municipalities": ("municipality", Municipality, "municipality"),
    "contract_types": ("contract_type", ContractType, "contract_type"),
    "cpv_codes": ("cpv", CPVCode, "cpv"),
}


class AlertForm(forms.ModelForm):
    item_types = forms.MultipleChoiceField(
        label=_("What to follow"), choices=ItemType.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to follow everything."))

    class Meta:
        model = AlertSubscription
        fields = ["name", "item_types", "service_areas", "municipalities", "contract_types",
                  "cpv_codes", "keywords", "frequency", "language"]
        labels = {
            "name": _("Name of the alert"),
            "service_areas": _("Service areas"),
            "municipalities": _("Municipalities"),
            "contract_types": _("Contract types"),
            "cpv_codes": _("CPV codes"),
            "keywords": _("Keywords"),
            "frequency": _("How often"),
            "language": _("Language of the e-mails"),
        }
        help_texts = {
            "service_areas": _("None ticked: any service area."),
            "municipalities": _("None ticked: any municipality."),
            "contract_types": _("None ticked: any contract type."),
            "cpv_codes": _("A code also finds the codes under it and the more general "
                           "codes above it (not the whole 85 division). None ticked: any "
                           "code."),
            "keywords": _("Separate keywords with commas. An item matches when its title, "
                          "summary or a lot's title contains one of them, in any language. "
                          "Empty: any text."),
        }
        widgets = {
            "service_areas": forms.CheckboxSelectMultiple,
            "municipalities": forms.CheckboxSelectMultiple,
            "contract_types": forms.CheckboxSelectMultiple,
            "cpv_codes": forms.CheckboxSelectMultiple,
            "frequency": forms.RadioSelect,
            "language": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The terms are the default language's; their names are shown in the reader's.
        # Terms are named in the reader's language (a CPV code as "85311100-3 name").
        for name, (kind, _model, _parameter) in TAXONOMY_FIELDS.items():
            if kind != "cpv":  # CPV codes stay in the order of their numbers
                order_term_choices(self.fields[name])
        # A new alert starts with nothing ticked, which means every kind of item.
        self.initial.setdefault("item_types",
                                self.instance.item_types if self.instance.pk else [])
        self.fields["language"].choices = settings.LANGUAGES  # no blank choice to tick
        self.fields["name"].help_text = AlertSubscription._meta.get_field("name").help_text

    def clean_keywords(self):
        keywords = split_keywords(self.cleaned_data["keywords"])
        if len(keywords) > MAX_KEYWORDS:
            raise forms.ValidationError(
                _("Use at most %(count)s keywords.") % {"count": MAX_KEYWORDS})
        too_long = [keyword for keyword in keywords if len(keyword) > MAX_KEYWORD_LENGTH]
        if too_long:
            raise forms.ValidationError(
                _("A keyword can be at most %(count)s characters long.")
                % {"count": MAX_KEYWORD_LENGTH})
        joined = ", ".join(keywords)
        if len(joined) > AlertSubscription._meta.get_field("keywords").max_length:
            raise forms.ValidationError(_("The keywords are too long together; use fewer."))
        return joined


def initial_from_calendar(query):
    """Initial values of a new alert from the tender calendar's filter parameters (a
    "create an alert from this search" link): terms by code, and tenders only."""
    initial = {"item_types": [ItemType.TENDER]}
    for name, (_kind, model, parameter) in TAXONOMY_FIELDS.items():
        codes = [code for code in query.getlist(parameter) if code]
        if codes:
            initial[name] = list(model.objects.filter(code__in=codes))
    if query.get("keywords", "").strip():
        # From the search page's "tell me when something like this is published".
        initial["keywords"] = query["keywords"].strip()[:500]
    return initial
