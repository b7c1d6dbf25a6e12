"""Forms of the staff's pilot screens in the Wagtail admin: moving a proposal, assigning
reviewers, the reviewer's declaration and scores, the decision and its letter, and the
follow-up of a pilot."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..enums import DECISION_STATES, REASON_REQUIRED, Decision, ProposalStatus
from ..models import PilotFollowUp, PilotMilestone

S = ProposalStatus
LANGUAGE_NAMES = {"fi": _("Finnish"), "sv": _("Swedish"), "en": _("English")}


def _textarea(rows=4):
    return forms.Textarea(attrs={"rows": rows})


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class MoveForm(forms.Form):
    """What a staff move asks for: a reason the supplier reads (not eligible, returned), the
    time to complete a returned proposal by, and the letter of a decision taken from the
    reserve list."""

    reason = forms.CharField(label=_("Reason"), widget=_textarea(), required=False,
                             help_text=_("The supplier reads this in the e-mail and on "
                                         "their page."))
    completion_due = forms.DateTimeField(
        label=_("To be completed by"), required=False, widget=DateTimeInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=_("Europe/Helsinki time. Leave empty for no time limit."))
    letter = forms.CharField(label=_("Decision letter"), widget=_textarea(14), required=False)

    def __init__(self, *args, target, **kwargs):
        super().__init__(*args, **kwargs)
        self.target = target
        if target in REASON_REQUIRED:
            self.fields["reason"].required = True
        else:
            del self.fields["reason"]
        if target != S.RETURNED:
            del self.fields["completion_due"]
        if target in DECISION_STATES:
            self.fields["letter"].required = True
        else:
            del self.fields["letter"]

    def clean_completion_due(self):
        due = self.cleaned_data.get("completion_due")
        if due is not None and due <= timezone.now():
            raise forms.ValidationError(_("Give a time in the future."))
        return due

    def transition_arguments(self):
        data = self.cleaned_data
        arguments = {"reason": data.get("reason", "")}
        if "completion_due" in data:
            arguments["completion_due"] = data["completion_due"]
        if "letter" in data:
            arguments["decision_letter"] = data["letter"]
        return arguments


def reviewer_groups():
    """Every group holding the review permission."""
    return Group.objects.filter(permissions__content_type__app_label="pilots",
                                permissions__codename="review_proposals").distinct() \
        .order_by("name")


def reviewers_of(groups):
    return get_user_model().objects.filter(is_active=True, groups__in=groups).distinct() \
        .order_by("last_name", "first_name", "email")


def person(user):
    return user.get_full_name() or user.email


class ReviewerChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        name = person(user)
        return name if name == user.email else f"{name} <{user.email}>"


class AssignForm(forms.Form):
    reviewers = ReviewerChoiceField(label=_("Reviewers"), queryset=None,
                                    widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, proposal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewers"].queryset = reviewers_of(reviewer_groups()).exclude(
            pilot_review_assignments__proposal=proposal)


class AssignEvenlyForm(forms.Form):
    group = forms.ModelChoiceField(label=_("Reviewer group"), queryset=None,
                                   empty_label=None)
    per_proposal = forms.IntegerField(label=_("Reviewers per proposal"), initial=2,
                                      min_value=1, max_value=20)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = reviewer_groups()


class ConflictForm(forms.Form):
    NO_CONFLICT = "no_conflict"
    RECUSE = "recuse"

    declaration = forms.ChoiceField(
        label=_("Conflict of interest"), widget=forms.RadioSelect, choices=[
            (NO_CONFLICT, _("I have no conflict of interest with this proposal or the "
                            "organisation that sent it.")),
            (RECUSE, _("I have a conflict of interest and recuse myself from reviewing "
                       "this proposal."))])
    reason = forms.CharField(label=_("Reason for recusal"), widget=_textarea(3),
                             required=False,
                             help_text=_("Only pilot managers see this."))

    def clean(self):
        data = super().clean()
        if data.get("declaration") == self.RECUSE and not data.get("reason", "").strip():
            self.add_error("reason", _("Say briefly why you recuse yourself."))
        return data


def score_field_name(criterion):
    return f"score_{criterion.translation_key.hex}"


def comment_field_name(criterion):
    return f"comment_{criterion.translation_key.hex}"


class ReviewForm(forms.Form):
    """A score and a comment for each criterion of the call (in the reviewer's language),
    an overall comment and whether the comments may be shared with the submitter."""

    comment = forms.CharField(label=_("Overall comment"), widget=_textarea(5), required=False)
    share_with_submitter = forms.BooleanField(
        label=_("My comments may be shared with the submitter"), required=False,
        help_text=_("Pilot managers may then quote them in the decision letter, without "
                    "your name."))

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        fields = {}
        for criterion in self.criteria:
            fields[score_field_name(criterion)] = forms.IntegerField(
                label=_("Score (0–%(max)s)") % {"max": criterion.scale_max}, required=False,
                min_value=0, max_value=criterion.scale_max,
                widget=forms.NumberInput(attrs={"min": 0, "max": criterion.scale_max}))
            fields[comment_field_name(criterion)] = forms.CharField(
                label=_("Comment"), widget=_textarea(3), required=False)
        self.fields = {**fields, **self.fields}

    @classmethod
    def initial_from(cls, assignment):
        initial = {"comment": assignment.comment,
                   "share_with_submitter": assignment.share_with_submitter}
        for score in assignment.scores.all():
            initial[f"score_{score.criterion_key.hex}"] = score.score
            initial[f"comment_{score.criterion_key.hex}"] = score.comment
        return initial

    def rows(self):
        return [(criterion, self[score_field_name(criterion)], self[comment_field_name(criterion)])
                for criterion in self.criteria]

    def scores(self):
        """{criterion key: (score or None, comment)} for assignment.save_review."""
        data = self.cleaned_data
        return {criterion.translation_key: (data.get(score_field_name(criterion)),
                                            data.get(comment_field_name(criterion), ""))
                for criterion in self.criteria}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=Decision.choices,
                                 widget=forms.RadioSelect)
    feedback = forms.MultipleChoiceField(
        label=_("Review feedback to include in the letter"), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Comments from reviews whose reviewers allowed sharing them."))
    letter = forms.CharField(label=_("Decision letter"), widget=_textarea(18), required=False,
                             help_text=_("Sent to the supplier when the call's decisions are "
                                         "released. Edit it freely."))

    def __init__(self, *args, feedback, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feedback"].choices = [
            (key, f"{name}: {text}" if name else text) for key, name, text in feedback]

    def clean_letter(self):
        letter = self.cleaned_data["letter"].strip()
        if not letter:
            raise forms.ValidationError(_("Write the letter, or fill it in from the "
                                          "template."))
        return letter + "\n"


class FollowUpForm(forms.ModelForm):
    """The pilot's status, progress and dates, and its result summary in each language."""

    percent_done = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100,
                                      validators=[MinValueValidator(0), MaxValueValidator(100)])

    class Meta:
        model = PilotFollowUp
        fields = ["progress", "percent_done", "starts", "ends", "result_published"]
        widgets = {"starts": DateInput(), "ends": DateInput()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        summary = self.instance.result_summary or {}
        for language, name in LANGUAGE_NAMES.items():
            self.fields[f"summary_{language}"] = forms.CharField(
                label=_("Result summary in %(language)s") % {"language": name},
                widget=_textarea(6), required=False, initial=summary.get(language, ""))

    def summary_fields(self):
        return [self[f"summary_{language}"] for language in LANGUAGE_NAMES]

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts"), data.get("ends")
        if starts and ends and ends < starts:
            self.add_error("ends", _("The pilot cannot end before it starts."))
        if data.get("result_published") and not any(
                data.get(f"summary_{language}", "").strip() for language in LANGUAGE_NAMES):
            self.add_error("result_published",
                           _("Write the result summary before publishing it."))
        return data

    def save(self, commit=True):
        follow_up = super().save(commit=False)
        follow_up.result_summary = {
            language: self.cleaned_data[f"summary_{language}"].strip()
            for language in LANGUAGE_NAMES if self.cleaned_data[f"summary_{language}"].strip()}
        if commit:
            follow_up.save()
        return follow_up


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = PilotMilestone
        fields = ["title", "due", "done_on"]
        widgets = {"due": DateInput(), "done_on": DateInput()}
        labels = {"done_on": pgettext_lazy("milestone", "Done on")}


def status_filter_choices():
    return [("", _("All"))] + [(status.value, status.label) for status in S
                               if status != S.DRAFT]

