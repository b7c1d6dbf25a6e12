"""The call's extra questions as form fields, and the answers a proposal still lacks.

Answers are stored by the question's translation key, so an answer given on the Finnish form
belongs to the same question on the Swedish one."""

from django import forms

from portal.events.enums import QuestionKind


def question_field_name(question):
    return f"q_{question.translation_key.hex}"


def question_field(question, *, required=None):
    common = {"label": question.label, "help_text": question.help_text,
              "required": question.required if required is None else required}
    choices = [(choice, choice) for choice in question.choice_list]
    if question.kind == QuestionKind.SHORT_TEXT:
        return forms.CharField(max_length=500, **common)
    if question.kind == QuestionKind.CHOICE:
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == QuestionKind.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple,
                                         **common)
    if question.kind == QuestionKind.CHECKBOX:
        return forms.BooleanField(**common)
    return forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 5}), **common)


def missing_answers(proposal, call):
    """Labels of the call's required questions the proposal has not answered."""
    answers = proposal.answers or {}
    return [question.label for question in call.questions.all()
            if question.required and not answers.get(str(question.translation_key))]
