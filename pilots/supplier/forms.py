"""The supplier's forms: the proposal (its fields, the call's extra questions and the
attachments, in the reader's language) and withdrawing it.

Every field may be left empty while the proposal is a draft, except the contact e-mail, which
is filled in for the user; what must be there before sending is checked when it is sent
(workflow.missing_for_submission), and the form marks those fields.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.taxonomy.labels import taxonomy_labels
from portal.taxonomy.ordering import alphabetical

from .. import attachments
from ..answers import question_field, question_field_name
from ..models import Proposal
from ..proposals import ProposalChanges

# The proposal's own fields, in the order of the form, in sections.
SECTIONS = [
    (_("The proposal"), ["title", "summary"]),
    (_("Problem and solution"), ["problem", "solution"]),
    (_("For whom and where"), ["target_group", "municipalities"]),
    (_("Impact"), ["expected_impact", "impact_measurement"]),
    (_("Budget, timeline and team"), ["budget", "budget_details", "timeline", "team"]),
]
FIELDS = [name for _heading, names in SECTIONS for name in names] + ["contact_email"]
# What workflow.missing_for_submission asks for.
NEEDED_FOR_SENDING = ("title", "summary", "problem", "solution", "target_group",
                      "expected_impact")
HELP_TEXTS = {
    "title": _("A short name for the pilot you propose."),
    "summary": _("A few sentences on what you propose and for whom. Reviewers read this "
                 "first."),
    "problem": _("Which problem of the call's theme the pilot solves, and how you know it "
                 "exists."),
    "solution": _("What you would do in the pilot, how and with whom."),
    "target_group": _("Who the pilot is for, and roughly how many people it reaches."),
    "municipalities": _("Where the pilot would run."),
    "expected_impact": _("What changes for clients or for the county if the pilot "
                         "succeeds."),
    "impact_measurement": _("The measures and figures you would follow, and how often."),
    "budget": _("The total cost of the pilot in euros, VAT excluded, for example 25 000."),
    "budget_details": _("The main costs, and what the county would pay for."),
    "timeline": _("The phases of the pilot and when they happen."),
    "team": _("Who would run the pilot and their experience. Write only what the "
              "proposal needs about each person."),
    "contact_email": _("We send news of this proposal to this address, in the proposal's "
                       "language."),
}
TEXTAREA_ROWS = {"summary": 4, "problem": 6, "solution": 8, "target_group": 3,
                 "expected_impact": 5, "impact_measurement": 4, "budget_details": 4,
                 "timeline": 4, "team": 4}


class EuroField(forms.DecimalField):
    """An amount of euros as people type it: "25 000", "25000,50", "25,000.50 €"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(localize=True, **kwargs)

    def to_python(self, value):
        if isinstance(value, str):
            value = re.sub(r"[\s\u00a0\u202f€]", "", value)
            value = value.replace(",", "") if "," in value and "." in value else \
                value.replace(",", ".")
        return super().to_python(value)


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.Field):
    """Any number of files; each is checked by attachments.check_upload in the form."""

    widget = MultipleFileInput

    def clean(self, value):
        if not value:
            return []
        return [upload for upload in (value if isinstance(value, list | tuple) else [value])
                if upload]

    def bound_data(self, data, initial):
        return initial


def _codes(record, relation):
    """The codes of a record's terms; none for a proposal not saved yet."""
    return [term.code for term in getattr(record, relation).all()] if record.pk else []


class ProposalForm(forms.Form):
    """The whole proposal in one form.

    `proposal` is the saved proposal, or a new unsaved one. `call` is the call in the
    reader's language: its questions and their labels. `creating` adds the hidden fields
    that make a repeated "create" post change the same proposal instead of making another.
    """

    def __init__(self, *args, proposal, call, language, creating=False, **kwargs):
        kwargs.setdefault("auto_id", "proposal-%s")
        super().__init__(*args, **kwargs)
        self.proposal = proposal
        self.call = call
        self.questions = list(call.questions.all())
        self.existing = list(proposal.attachments.all()) if proposal.pk else []
        self.checked_files = []

        if creating:
            self.fields["organisation"] = forms.IntegerField(widget=forms.HiddenInput)
            self.fields["token"] = forms.UUIDField(widget=forms.HiddenInput)
        for name in FIELDS:
            model_field = Proposal._meta.get_field(name)
            if name == "budget":
                field = EuroField(label=capfirst(model_field.verbose_name), min_value=0,
                                  max_digits=12, decimal_places=2)
            elif name == "municipalities":
                field = forms.MultipleChoiceField(
                    label=capfirst(model_field.verbose_name),
                    widget=forms.CheckboxSelectMultiple,
                    choices=self._municipality_choices(language),
                    error_messages={"invalid_choice": _("Choose municipalities from the list.")})
            else:
                field = model_field.formfield()
            field.required = name == "contact_email"
            field.help_text = HELP_TEXTS.get(name, "")
            if name in NEEDED_FOR_SENDING:
                field.label = _("%(label)s (needed before sending)") % {"label": field.label}
            if name in TEXTAREA_ROWS:
                field.widget.attrs["rows"] = TEXTAREA_ROWS[name]
            self.fields[name] = field
            self.initial.setdefault(name, _codes(proposal, "municipalities")
                                    if name == "municipalities" else getattr(proposal, name))
        self.fields["contact_email"].error_messages.update({
            "required": _("Enter the e-mail address where we send news of this proposal."),
            "invalid": _("Enter an e-mail address such as name@example.fi.")})
        self.fields["budget"].error_messages["invalid"] = _("Enter the budget as a number of "
                                                            "euros, such as 25 000.")

        answers = proposal.answers or {}
        for question in self.questions:
            field = question_field(question, required=False)
            if question.required:
                field.label = _("%(label)s (needed before sending)") % {"label": field.label}
            name = question_field_name(question)
            self.fields[name] = field
            self.initial.setdefault(name, answers.get(str(question.translation_key)))

        self.fields["attachments"] = MultipleFileField(
            label=_("Add attachments"), required=False,
            widget=MultipleFileInput(attrs={"accept": attachments.ACCEPT}),
            help_text=_("PDF, office documents (Word, Excel, PowerPoint, OpenDocument) or PNG "
                        "and JPEG images, at most %(size)s each and %(count)s in all. You "
                        "can choose several files at once.")
            % {"size": attachments.size_text(attachments.max_bytes()),
               "count": attachments.max_count()})
        self.fields["remove_attachments"] = forms.MultipleChoiceField(
            label=_("Remove when saving"), required=False, widget=forms.CheckboxSelectMultiple,
            choices=[(str(attachment.pk), attachment.filename)
                     for attachment in self.existing])

    def _municipality_choices(self, language):
        names = taxonomy_labels(language)["municipality"]
        codes = _codes(self.call, "municipalities") or list(names)
        # A municipality the proposal already names stays choosable, even if the call's
        # list changed since.
        codes = list(dict.fromkeys([*codes, *_codes(self.proposal, "municipalities")]))
        return sorted(((code, names.get(code, code)) for code in codes),
                      key=lambda choice: alphabetical(choice[1]))

    # --- What the template draws --------------------------------------------------------

    def sections(self):
        return [(heading, [self[name] for name in names]) for heading, names in SECTIONS]

    def question_fields(self):
        return [self[question_field_name(question)] for question in self.questions]

    def attachment_rows(self):
        """(attachment, checkbox id, whether its removal is ticked) of the saved files."""
        ticked = {str(value) for value in (self["remove_attachments"].value() or [])}
        return [(attachment, f"proposal-remove-{attachment.pk}", str(attachment.pk) in ticked)
                for attachment in self.existing]

    # --- Cleaning -------------------------------------------------------------------------

    def clean(self):
        data = super().clean()
        removing = set(data.get("remove_attachments") or [])
        room = attachments.max_count() - len(self.existing) + len(removing)
        errors = []
        for upload in data.get("attachments") or []:
            try:
                checked = attachments.check_upload(upload)
            except ValidationError as error:
                errors.extend(error.messages)
                continue
            if len(self.checked_files) >= room:
                errors.append(_("%(name)s: a proposal can have at most %(count)s attachments. "
                                "Remove one to add another.")
                              % {"name": checked.filename, "count": attachments.max_count()})
                continue
            self.checked_files.append(checked)
        if errors:
            self.add_error("attachments", errors)
        return data

    def changes(self):
        """The cleaned form as what it changes of the proposal (proposals.ProposalChanges)."""
        values = {}
        for name in FIELDS:
            value = self.cleaned_data.get(name)
            if name == "municipalities":
                value = list(value or [])
            elif name != "budget":
                value = (value or "").strip()
            values[name] = value
        return ProposalChanges(values=values, answers=self.answers(), removals=self.removals(),
                               files=list(self.checked_files))

    def answers(self):
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(question_field_name(question))
            answers[str(question.translation_key)] = value.strip() if isinstance(value, str) \
                else value
        return answers

    def removals(self):
        chosen = set(self.cleaned_data.get("remove_attachments") or [])
        return [attachment for attachment in self.existing if str(attachment.pk) in chosen]

    def saved_files_note(self, files):
        return ngettext("The attachment %(names)s was saved.",
                        "The attachments %(names)s were saved.", len(files)) \
            % {"names": ", ".join(checked.filename for checked in files)}


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you withdraw the proposal? (optional)"), required=False,
        max_length=2000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The county's staff read this; it helps them plan their next calls."))
