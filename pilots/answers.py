"""The call's extra questions as form fields, and the answers a proposal still lacks.

Answers are stored by the question's translation key, so an answer given on the Finnish form
belongs to the same question on the Swedish one."""

from portal.core.questions import question_field as _question_field
from portal.core.questions import question_field_name  # noqa: F401  (the forms' field names)


def question_field(question, *, required=None):
    return _question_field(question, long_max_length=5000, rows=5, required=required)


def missing_answers(proposal, call):
    """Labels of the call's required questions the proposal has not answered."""
    answers = proposal.answers or {}
    return [question.label for question in call.questions.all()
            if question.required and not answers.get(str(question.translation_key))]
