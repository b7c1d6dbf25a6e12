"""Staff's pilot screens in the Wagtail admin: who may open them, the "Pilot reviews" page,
a call's proposals and ranking with their exports, one proposal with its answers,
attachments, timeline and reviews.

Pilot managers (pilots.manage_proposals) see every proposal sent to a call; reviewers
(pilots.review_proposals) only those assigned to them and not recused from, through
assignment.visible_proposals: any other proposal is a 404 to them, so that its existence is
not given away. Staff without either permission get a 403. The moves, assignments,
reviews, decisions and follow-up have modules of their own (actions, reviews, decisions,
follow_up)."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.core.exports import export_language
from portal.core.views import permission_denied
from portal.taxonomy.models import names_of

from ..assignment import is_manager, is_reviewer, may_see_others_scores, visible_proposals
from ..calls import call_in, calls_by_key
from ..enums import ACCEPTED_STATES, ConflictStatus, ProposalStatus
from ..models import PilotCallPage, Proposal, ReviewAssignment
from ..scoring import review_total, score_proposals
from .forms import person, status_filter_choices
from .moves import staff_moves
from .report import (
    call_proposals,
    criterion_means,
    csv_response,
    export_ranking,
    ranking,
    xlsx_response,
)

S = ProposalStatus


def is_pilot_staff(user):
    return is_manager(user) or is_reviewer(user)


def denied(request, message=None):
    """A 403 page (a PermissionDenied in an admin view would become a redirect to the
    dashboard, which says nothing to a download)."""
    return permission_denied(request, PermissionDenied(
        message or _("You do not have permission to handle pilot proposals.")))


def pilot_staff(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_pilot_staff(request.user):
            return denied(request)
        return view(request, *args, **kwargs)

    return wrapper


def call_for_managers(view):
    """Managers only; the view gets the call (from any language version's id) in the staff
    member's language."""

    @wraps(view)
    def wrapper(request, page_id, *args, **kwargs):
        if not is_manager(request.user):
            return denied(request)
        page = get_object_or_404(PilotCallPage, pk=page_id)
        call = call_in(page.translation_key, get_language()) or page
        return view(request, call, *args, **kwargs)

    return wrapper


def staff_proposal(*, managers_only=False):
    """The view gets a proposal the user may see (404 otherwise): any sent proposal for a
    manager, an assigned one not recused from for a reviewer."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, public_id, *args, **kwargs):
            user = request.user
            if not is_pilot_staff(user) or (managers_only and not is_manager(user)):
                return denied(request)
            proposals = visible_proposals(user, Proposal.objects.sent()) \
                .select_related("organisation", "created_by")
            proposal = get_object_or_404(proposals, public_id=public_id)
            return view(request, proposal, *args, **kwargs)

        return wrapper

    return decorator


def staff_call(proposal):
    """The proposal's call in the staff member's language (else the proposal's)."""
    call = call_in(proposal.call_key, get_language())
    if call is None:
        raise Http404
    return call


def proposal_url(proposal):
    return reverse("pilots_proposal", args=[proposal.public_id])


def crumbs(request, *, call=None, proposal=None, label=None):
    items = [{"url": reverse("pilots_admin_home"), "label": _("Pilot reviews")}]
    if call is not None and is_manager(request.user):
        items.append({"url": reverse("pilots_call_proposals", args=[call.pk]),
                      "label": call.title})
    if proposal is not None:
        items.append({"url": proposal_url(proposal),
                      "label": proposal.reference})
    if label:
        items.append({"url": "", "label": label})
    return items


def render(request, template, *, title, context, breadcrumbs=None, subtitle=""):
    return TemplateResponse(request, template, {
        "page_title": title, "header_title": title, "page_subtitle": subtitle,
        "header_icon": "clipboard-list", "breadcrumbs_items": breadcrumbs,
        "is_manager": is_manager(request.user), **context})


# --- The "Pilot reviews" page ----------------------------------------------------------------

def my_assignments(user):
    """The user's assignments with their proposals and calls (in the user's language), newest
    first. Three queries whatever the number."""
    assignments = list(ReviewAssignment.objects.filter(reviewer=user)
                       .select_related("proposal").order_by("-assigned_at", "-pk"))
    calls = calls_by_key([assignment.proposal.call_key for assignment in assignments],
                         get_language())
    for assignment in assignments:
        assignment.call = calls.get(assignment.proposal.call_key)
        assignment.stage = review_stage(assignment)
    return assignments


def review_stage(assignment):
    if assignment.conflict == ConflictStatus.RECUSED:
        return "recused"
    if assignment.conflict == ConflictStatus.UNDECLARED:
        return "declare"
    if assignment.is_submitted:
        return "submitted"
    return "score"


COUNTED_STATES = (S.SUBMITTED, S.SCREENING, S.IN_REVIEW, S.DECISION_PENDING)


def calls_overview(language):
    """Each call with proposals (or published), with its number of sent proposals and the
    numbers in COUNTED_STATES. Three queries whatever the number of calls."""
    counts = {}
    for key, status, number in Proposal.objects.sent().values_list("call_key", "status") \
            .annotate(number=Count("pk")).values_list("call_key", "status", "number"):
        counts.setdefault(key, {})[status] = number
    keys = set(counts) | set(PilotCallPage.objects.live().values_list("translation_key",
                                                                      flat=True))
    calls = sorted(calls_by_key(keys, language).values(),
                   key=lambda call: call.deadline, reverse=True)
    return [(call, [counts.get(call.translation_key, {}).get(status, 0)
                    for status in COUNTED_STATES],
             sum(counts.get(call.translation_key, {}).values())) for call in calls]


@pilot_staff
def home(request):
    user = request.user
    context = {"assignments": my_assignments(user) if is_reviewer(user) else []}
    if is_manager(user):
        context["calls"] = calls_overview(get_language())
        context["counted"] = COUNTED_STATES
    return render(request, "pilots/admin/home.html", title=_("Pilot reviews"),
                  context=context)


# --- A call's proposals and ranking ------------------------------------------------------------

@call_for_managers
def call_proposals_view(request, call):
    rows = call_proposals(call)
    counts = {}
    for row in rows:
        counts[row.proposal.status] = counts.get(row.proposal.status, 0) + 1
    status = request.GET.get("status", "")
    if status:
        rows = [row for row in rows if row.proposal.status == status]
    filters = [(value, label, counts.get(value, 0) if value else sum(counts.values()))
               for value, label in status_filter_choices() if not value or counts.get(value)]
    return render(request, "pilots/admin/call_proposals.html", title=_("Proposals"),
                  subtitle=call.title,
                  breadcrumbs=crumbs(request, label=call.title), context={
                      "call": call, "rows": rows, "filters": filters, "status": status,
                      "pending": counts.get(S.DECISION_PENDING, 0)})


@call_for_managers
def ranking_view(request, call):
    report = ranking(call)
    rows = [(row, criterion_means(report, row)) for row in report.rows]
    return render(request, "pilots/admin/ranking.html", title=_("Ranking"), subtitle=call.title,
                  breadcrumbs=crumbs(request, call=call, label=_("Ranking")),
                  context={"call": call, "report": report, "rows": rows})


@call_for_managers
def ranking_csv(request, call):
    language = export_language(request)
    return csv_response(export_ranking(call, language), language)


@call_for_managers
def ranking_xlsx(request, call):
    language = export_language(request)
    return xlsx_response(export_ranking(call, language), language)


# --- One proposal ---------------------------------------------------------------------------

def _display(value):
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return value


def proposal_fields(proposal, *, anonymised):
    """(label, value) of what the supplier wrote; without who sent it when anonymised."""
    def label(name):
        return Proposal._meta.get_field(name).verbose_name

    fields = [(label(name), getattr(proposal, name)) for name in (
        "summary", "problem", "solution", "target_group")]
    fields.append((label("municipalities"), ", ".join(names_of(proposal.municipalities.all()))))
    fields += [(label(name), getattr(proposal, name)) for name in (
        "expected_impact", "impact_measurement")]
    fields.append((label("budget"), "" if proposal.budget is None else
                   f"{formats.number_format(proposal.budget, 2, force_grouping=True)} €"))
    fields += [(label(name), getattr(proposal, name)) for name in (
        "budget_details", "timeline", "team")]
    sender = []
    if not anonymised:
        sender = [(label("organisation"), f"{proposal.organisation.name} "
                   f"({proposal.organisation.business_id})"),
                  (label("contact_email"), proposal.contact_email),
                  (label("created_by"), person(proposal.created_by)
                   if proposal.created_by else "")]
    return sender, fields


def proposal_answers(proposal, call):
    """(question label in the call's language version, answer) for each of its questions."""
    answers = proposal.answers or {}
    return [(question.label, _display(answers.get(str(question.translation_key), "")))
            for question in call.questions.all()]


class ReviewSummary:
    """One reviewer's review as staff read it: scores by criterion, comments, total."""

    def __init__(self, assignment, criteria):
        self.assignment = assignment
        self.reviewer = person(assignment.reviewer)
        scores = {score.criterion_key: score for score in assignment.scores.all()}
        self.rows = [(criterion, scores.get(criterion.translation_key)) for criterion in criteria]
        self.total = review_total({key: score.score for key, score in scores.items()}, criteria)


def reviews_of(proposal, criteria, *, submitted_only):
    assignments = proposal.assignments.select_related("reviewer").prefetch_related("scores") \
        .order_by("assigned_at", "pk")
    if submitted_only:
        assignments = assignments.submitted().exclude(conflict=ConflictStatus.RECUSED)
    return [ReviewSummary(assignment, criteria) for assignment in assignments]


def proposal_context(request, proposal, call, *, own=None):
    """What the proposal's screen shows `request.user`: everything to managers; to a
    reviewer, without who sent it when the call is anonymised, and others' reviews only once
    their own is submitted."""
    manager = is_manager(request.user)
    anonymised = call.anonymised_review and not manager
    sender, fields = proposal_fields(proposal, anonymised=anonymised)
    criteria = list(call.criteria.all())
    context = {
        "proposal": proposal, "call": call, "anonymised": anonymised, "sender": sender,
        "fields": fields, "answers": proposal_answers(proposal, call),
        "attachments": proposal.attachments.all(), "criteria": criteria,
        "transitions": proposal.transitions.select_related("by"), "own": own,
        "show_reviews": manager or may_see_others_scores(own),
    }
    if context["show_reviews"]:
        reviews = reviews_of(proposal, criteria, submitted_only=not manager)
        context["reviews"] = [review for review in reviews if own is None or
                              review.assignment.pk != own.pk or manager]
        context["score"] = score_proposals(call, [proposal])[0]
        context["criterion_means"] = [
            (criterion, context["score"].criterion_means.get(criterion.translation_key))
            for criterion in criteria]
    return context


@staff_proposal()
def proposal_view(request, proposal):
    own = ReviewAssignment.objects.filter(proposal=proposal, reviewer=request.user).first()
    if not is_manager(request.user):
        # A reviewer's screen of the proposal is their review: declaration first.
        return redirect("pilots_review", proposal.public_id)
    call = staff_call(proposal)
    context = proposal_context(request, proposal, call, own=own)
    context["moves"] = staff_moves(proposal)
    context["followed_states"] = [state.value for state in ACCEPTED_STATES]
    context["assignments"] = proposal.assignments.select_related("reviewer") \
        .order_by("assigned_at", "pk")
    return render(request, "pilots/admin/proposal.html",
                  title=f"{proposal.reference} {proposal.title}",
                  breadcrumbs=crumbs(request, call=call, label=proposal.reference),
                  context=context)


@staff_proposal()
def attachment(request, proposal, attachment_id):
    """The file as a download, never shown inline: its type was checked on upload, and
    nosniff keeps the browser from guessing another."""
    item = get_object_or_404(proposal.attachments, pk=attachment_id)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=item.filename,
                            content_type=item.content_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
