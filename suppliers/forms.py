"""Forms of the supplier screens: an organisation's details, invitations and roles."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.ordering import order_term_choices

from .business_id import normalise_business_id
from .enums import MembershipRole, ServiceLanguage
from .models import Organisation

TAXONOMY_FIELDS = ("service_areas", "municipalities")


class OrganisationForm(forms.ModelForm):
    service_languages = forms.MultipleChoiceField(
        label=_("Service languages"), choices=ServiceLanguage.choices, required=False,
        widget=forms.CheckboxSelectMultiple)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https",
                             max_length=200)

    class Meta:
        model = Organisation
        fields = ["name", "business_id", "organisation_type", "headcount_band",
                  "turnover_band", "service_areas", "municipalities", "service_languages",
                  "description", "website", "contact_email", "contact_phone"]
        widgets = {
            "service_areas": forms.CheckboxSelectMultiple,
            "municipalities": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A term is named in the reader's language; list the terms in its alphabetical order.
        for name in TAXONOMY_FIELDS:
            order_term_choices(self.fields[name])
        for name in ("headcount_band", "turnover_band"):
            self.fields[name].choices = [("", _("Not declared")),
                                         *self.fields[name].choices[1:]]

    def clean_business_id(self):
        return normalise_business_id(self.cleaned_data["business_id"])

    def validate_unique(self):
        # A business ID already registered is not an error: the user asks to join instead.
        pass


class OrganisationEditForm(OrganisationForm):
    """The business ID identifies the organisation and stays as registered."""

    class Meta(OrganisationForm.Meta):
        fields = [name for name in OrganisationForm.Meta.fields if name != "business_id"]

    def validate_unique(self):
        forms.ModelForm.validate_unique(self)


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=MembershipRole.choices)


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and my personal data are deleted for good"),
        error_messages={"required": _("Tick the box to confirm the deletion.")})
