"""A call's proposals as staff see them: review counts, weighted totals, spread and rank, and
the ranking as CSV and XLSX (column names, statuses and criteria in the language asked for
or the staff member's, a criterion not translated into it marked "[fi]"; cells safe from
spreadsheet formulas)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.core import exports

from ..enums import ConflictStatus, ProposalStatus
from ..models import CallCriterion, Proposal
from ..scoring import score_proposals

S = ProposalStatus
# The states of proposals that take part in the ranking: reviewed, or past review.
RANKED_STATES = (S.IN_REVIEW, S.DECISION_PENDING, S.ACCEPTED, S.RESERVE, S.REJECTED,
                 S.AGREEMENT, S.PILOTING, S.COMPLETED)


@dataclass
class Row:
    proposal: Proposal
    score: object = None  # scoring.ProposalScore, for proposals in RANKED_STATES

    @property
    def total(self):
        return self.score.total if self.score else None

    @property
    def spread(self):
        return self.score.spread if self.score else None

    @property
    def rank(self):
        return self.score.rank if self.score else None


def call_proposals(call):
    """Every proposal sent to the call (drafts are the supplier's own), with its counts of
    reviews assigned and in, and the score and rank of those that have been in review.
    Four queries whatever the number of proposals."""
    active = ~Q(assignments__conflict=ConflictStatus.RECUSED)
    proposals = list(
        Proposal.objects.of_call(call).sent().select_related("organisation")
        .annotate(reviews_assigned=Count("assignments", filter=active),
                  reviews_in=Count("assignments", filter=active & Q(
                      assignments__submitted_at__isnull=False)))
        .order_by("reference"))
    scores = {score.proposal.pk: score for score in score_proposals(
        call, [proposal for proposal in proposals if proposal.status in RANKED_STATES])}
    return [Row(proposal, scores.get(proposal.pk)) for proposal in proposals]


@dataclass
class Ranking:
    call: object
    criteria: list
    rows: list  # Row, best first; unscored last
    # The criteria's names in the files' language, in the order of `criteria`.
    criterion_names: list = field(default_factory=list)

    @property
    def aggregate_label(self):
        return self.call.get_score_aggregate_display()


def ranking(call):
    """The call's ranking: proposals in review or past it, best total first."""
    rows = [row for row in call_proposals(call) if row.score is not None]
    rows.sort(key=lambda row: (row.total is None, -(row.total or 0), row.proposal.pk))
    return Ranking(call=call, criteria=list(call.criteria.all()), rows=rows)


def criterion_names(call, criteria, language):
    """The criteria's names from the call's translation in `language` (criteria are
    translated with their page); one with no name in it is named in the default language,
    marked (see in_language). One query."""
    names = defaultdict(dict)
    for key, code, name in CallCriterion.objects.filter(
            call__translation_key=call.translation_key,
            translation_key__in=[criterion.translation_key for criterion in criteria],
    ).values_list("translation_key", "call__locale__language_code", "name"):
        names[key][code] = name
    return [exports.in_language(names[criterion.translation_key], language) or criterion.name
            for criterion in criteria]


def export_ranking(call, language):
    """The ranking for the files, with the criteria named in `language`."""
    result = ranking(call)
    result.criterion_names = criterion_names(call, result.criteria, language)
    return result


def criterion_means(ranking, row):
    return [row.score.criterion_means.get(criterion.translation_key)
            for criterion in ranking.criteria]


def export_rows(ranking):
    header = [_("Rank"), _("Reference"), _("Title"), _("Organisation"), _("Business ID"),
              _("Status"), _("Reviews"), _("Total (0–100)"), _("Spread"),
              *[_("%(criterion)s, mean (0–%(max)s)")
                % {"criterion": name, "max": criterion.scale_max}
                for criterion, name in zip(
                    ranking.criteria,
                    ranking.criterion_names or [c.name for c in ranking.criteria],
                    strict=True)]]
    rows = []
    for row in ranking.rows:
        proposal = row.proposal
        rows.append([
            row.rank or "", proposal.reference, proposal.title, proposal.organisation.name,
            proposal.organisation.business_id, str(proposal.get_status_display()),
            proposal.reviews_in, _number(row.total), _number(row.spread),
            *[_number(mean) for mean in criterion_means(ranking, row)]])
    return [str(title) for title in header], rows


def _number(value):
    return "" if value is None else float(value)


def _filename(ranking, language, extension):
    day = formats.date_format(timezone.localdate(), "Y-m-d")
    return f"{slugify(ranking.call.slug) or ranking.call.pk}-ranking-{day}-{language}." \
           f"{extension}"


def csv_response(ranking, language):
    with translation.override(language):
        return exports.csv_response(_filename(ranking, language, "csv"), *export_rows(ranking))


def xlsx_response(ranking, language):
    with translation.override(language):
        return exports.xlsx_response(_filename(ranking, language, "xlsx"),
                                     [exports.Sheet(_("Ranking"), *export_rows(ranking))])
