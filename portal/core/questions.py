"""Questions staff add to a form of their own (an event's registration, a pilot call's
proposal form): the model fields every such question has, and the form field it becomes.

Answers are stored by the question's translation key, so an answer given on the Finnish form
belongs to the same question on the Swedish one.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class QuestionKind(models.TextChoices):
    SHORT_TEXT = "short_text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")
    CHOICE = "choice", _("One choice")
    MULTIPLE_CHOICE = "multiple_choice", _("Several choices")
    CHECKBOX = "checkbox", _("Yes / no")


class FormQuestion(models.Model):
    label = models.CharField(_("question"), max_length=255)
    help_text = models.CharField(_("help text"), max_length=255, blank=True)
    kind = models.CharField(_("kind of answer"), max_length=20, choices=QuestionKind.choices,
                            default=QuestionKind.SHORT_TEXT)
    choices = models.TextField(_("choices"), blank=True,
                               help_text=_("One choice a line, for questions with choices."))
    required = models.BooleanField(_("required"), default=False)

    panels = [FieldPanel("label"), FieldPanel("help_text"), FieldPanel("kind"),
              FieldPanel("choices"), FieldPanel("required")]

    class Meta:
        abstract = True

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if self.kind in (QuestionKind.CHOICE, QuestionKind.MULTIPLE_CHOICE) and \
                len(self.choice_list) < 2:
            raise ValidationError({"choices": _("Give at least two choices, one a line.")})

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


def question_field_name(question):
    return f"q_{question.translation_key.hex}"


def question_field(question, *, long_max_length=4000, rows=3, required=None):
    """The form field that asks `question`."""
    common = {"label": question.label, "help_text": question.help_text,
              "required": question.required if required is None else required}
    choices = [(choice, choice) for choice in question.choice_list]
    if question.kind == QuestionKind.LONG_TEXT:
        return forms.CharField(max_length=long_max_length,
                               widget=forms.Textarea(attrs={"rows": rows}), **common)
    if question.kind == QuestionKind.CHOICE:
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple,
                                         **common)
    if question.kind == QuestionKind.CHECKBOX:
        return forms.BooleanField(**common)
    return forms.CharField(max_length=500, **common)
