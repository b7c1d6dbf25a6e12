"""An event's registrations for staff: the report behind the admin view, and the same as
CSV and XLSX files with cells safe from spreadsheet formulas.

Everything a report says (column titles, statuses, yes/no, the questions) is in the staff
member's language (the admin's, which the report is built in) or, for the files, the one
asked for with ?lang=; a question not translated into it is shown marked "[fi]"."""

from collections import defaultdict
from dataclasses import dataclass

from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.core import exports

from .enums import RegistrationStatus
from .models import EventQuestion, Registration

S = RegistrationStatus
STATUS_ORDER = [S.CONFIRMED, S.OFFERED, S.WAITING, S.PENDING, S.CANCELLED, S.EXPIRED]


@dataclass
class EventReport:
    event: object
    questions: list
    registrations: list
    language: str = ""
    # The questions' labels, in the order of `questions`, in the report's language.
    question_labels: list = None

    def __post_init__(self):
        if self.question_labels is None:
            self.question_labels = [question.label for question in self.questions]

    def by_status(self, status):
        return [registration for registration in self.registrations
                if registration.status == status]

    @property
    def counts(self):
        return [(status, status.label, len(self.by_status(status))) for status in STATUS_ORDER]

    @property
    def confirmed(self):
        return self.by_status(S.CONFIRMED)

    @property
    def waiting(self):
        return sorted(self.by_status(S.WAITING), key=lambda r: r.waitlist_number or 0)

    @property
    def attended(self):
        return sum(1 for registration in self.confirmed if registration.attended)

    def answer_cells(self, registration):
        cells = []
        for question in self.questions:
            value = registration.answers.get(str(question.translation_key), "")
            if isinstance(value, list):
                value = ", ".join(value)
            elif isinstance(value, bool):
                value = _("Yes") if value else _("No")
            cells.append(value)
        return cells

    def rows(self):
        return [(registration, self.answer_cells(registration))
                for registration in self.registrations]


def question_labels(event, questions, language):
    """The questions' labels from the event's translation in `language` (questions are
    translated with their page); a question with no label in it is shown in the default
    language, marked with it ("Allergiat [fi]", see in_language). One query."""
    labels = defaultdict(dict)
    for key, code, label in EventQuestion.objects.filter(
            event__translation_key=event.translation_key,
            translation_key__in=[question.translation_key for question in questions],
    ).values_list("translation_key", "event__locale__language_code", "label"):
        labels[key][code] = label
    return [exports.in_language(labels[question.translation_key], language)
            or question.label for question in questions]


def event_report(event, language=None):
    """The event's registrations for a staff member reading `language` (the active
    language: the admin's); four queries whatever the number of registrations."""
    language = language or translation.get_language()
    registrations = list(Registration.objects.of_event(event).select_related("organisation"))
    order = {status: index for index, status in enumerate(STATUS_ORDER)}
    registrations.sort(key=lambda r: (order[r.status], r.waitlist_number or 0, r.created_at))
    questions = list(event.questions.all())
    return EventReport(event=event, questions=questions, registrations=registrations,
                       language=language,
                       question_labels=question_labels(event, questions, language))


def _when(value):
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT") \
        if value else ""


def export_rows(report):
    """The header and rows of the files, in the report's language."""
    with translation.override(report.language or translation.get_language()):
        header = [_("Name"), _("E-mail"), _("Organisation"), _("Status"),
                  _("Waiting list number"), _("Attended"), _("Language"), _("Registered at"),
                  *report.question_labels]
        attended = {True: _("Yes"), False: _("No"), None: ""}
        rows = [[registration.name, registration.email, registration.organisation_label,
                 str(registration.get_status_display()), registration.waitlist_number or "",
                 str(attended[registration.attended]), registration.language,
                 _when(registration.created_at), *answers]
                for registration, answers in report.rows()]
        return [str(title) for title in header], rows


def _filename(report, extension):
    return f"{slugify(report.event.slug) or report.event.pk}-registrations.{extension}"


def csv_response(report):
    return exports.csv_response(_filename(report, "csv"), *export_rows(report))


def xlsx_response(report):
    with translation.override(report.language or translation.get_language()):
        title = _("Registrations")
    return exports.xlsx_response(_filename(report, "xlsx"),
                                 [exports.Sheet(title, *export_rows(report))])
