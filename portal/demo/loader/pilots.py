"""Seeds the demo pilot calls (pilots.yaml) in Finnish, Swedish and English, the county's pilot
manager and reviewers, and the demo organisations' proposals in every state; safe to run again.

`seed_pilot_calls` runs with the pages (before the events, which link to a call);
`seed_pilot_proposals` after the supplier organisations. Proposals are moved through the
workflow functions as staff and suppliers would, at dates in the past, without e-mails: the
story happened before the demo starts. `seed_pilot_logins` gives the county's pilot people
passwords and prints them, in development only, as the other demo users.
"""

import datetime
import secrets
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from pilots import assignment, workflow
from pilots.calls import call_in
from pilots.enums import STAFF, SUPPLIER, ProposalStatus
from pilots.models import (
    CallCriterion,
    CallFAQ,
    CallQuestion,
    PilotCallIndexPage,
    PilotCallPage,
    PilotFollowUp,
    PilotMilestone,
    Proposal,
)
from portal.core.dates import next_working_day
from portal.demo.content import LANGUAGES, load
from portal.demo.loader.dates import call_days
from portal.demo.loader.pages import ensure_page, mailbox, stream
from portal.pages.models import HomePage
from portal.taxonomy.models import Municipality, ServiceArea
from suppliers.models import Membership, Organisation

CONTENT = load("pilots")

S = ProposalStatus


def _at(days, time="12:00", *, working_day=None):
    """A moment `days` from today, at `time` in Helsinki; with `working_day` (next_working_day)
    moved to a working day whatever day the demo is seeded on."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    if working_day is not None:
        day = working_day(day)
    return _on(day, time)


def _on(day, time):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.fromisoformat(time)))


# --- Calls ---------------------------------------------------------------------------------

def ensure_index():
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    index = ensure_page(home, PilotCallIndexPage, CONTENT["index"], extra={"show_in_menus": True})
    return PilotCallIndexPage.objects.get(pk=index.pk)


def _facts(spec):
    """The fields every language version shares."""
    opens, deadline = call_days(spec)
    return {
        "opens": _on(opens, "09:00"),
        "deadline": _on(deadline, "16:00"),
        "pilots_sought": spec["pilots_sought"],
        "score_aggregate": spec["score_aggregate"],
        "anonymised_review": spec["anonymised_review"],
        "contact_name": CONTENT["contact"]["name"],
    }


def _texts(spec, language):
    texts = dict(spec[language], contact_email=mailbox(CONTENT["contact"]["email"], language))
    texts["background"] = stream([("paragraph", f"<p>{paragraph}</p>")
                                  for paragraph in texts["background"]])
    return texts


def _children(spec, language, source):
    """The call's criteria, questions and FAQ in `language`, sharing the translation keys
    of the source (Finnish) page's, as wagtail-localize would."""
    def keyed(objects, relation):
        if source is not None:
            for item, source_item in zip(objects, getattr(source, relation).all(), strict=True):
                item.translation_key = source_item.translation_key
        return objects

    criteria = [CallCriterion(sort_order=order, weight=Decimal(item["weight"]),
                              scale_max=item["scale_max"], **item[language])
                for order, item in enumerate(spec["criteria"])]
    questions = [CallQuestion(sort_order=order, kind=item["kind"], required=item["required"],
                              **item[language])
                 for order, item in enumerate(spec["questions"])]
    faq = [CallFAQ(sort_order=order, **item[language]) for order, item in enumerate(spec["faq"])]
    return {"criteria": keyed(criteria, "criteria"), "questions": keyed(questions, "questions"),
            "faq": keyed(faq, "faq")}


def ensure_call(index, spec):
    existing = PilotCallPage.objects.filter(slug=spec["fi"]["slug"],
                                            locale=Locale.get_default()).first()
    if existing:
        return existing, False
    facts = _facts(spec)
    terms = {"service_areas": list(ServiceArea.objects.filter(code__in=spec["service_areas"])),
             "municipalities": list(Municipality.objects.filter(
                 code__in=spec["municipalities"]))}
    source = None
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        page = PilotCallPage(locale=locale, **facts, **_texts(spec, language))
        for relation, objects in {**terms, **_children(spec, language, source)}.items():
            setattr(page, relation, objects)
        if source is None:
            index.add_child(instance=page)
        else:
            page.translation_key = source.translation_key
            index.get_translation(locale).add_child(instance=page)
        page.save_revision().publish()
        if source is None:
            source = PilotCallPage.objects.get(pk=page.pk)
    return source, True


def seed_pilot_calls(stdout):
    index = ensure_index()
    calls = CONTENT["calls"]
    created = sum(ensure_call(index, spec)[1] for spec in calls)
    stdout.write(f"Pilot calls: {created} created, {len(calls)} in the demo.")


def demo_call(key, language="fi"):
    """The demo call of a key (see `calls` in pilots.yaml) in a language, or None."""
    spec = next(spec for spec in CONTENT["calls"] if spec["key"] == key)
    source = PilotCallPage.objects.filter(slug=spec["fi"]["slug"],
                                          locale=Locale.get_default()).first()
    return source and call_in(source.translation_key, language)


# --- People --------------------------------------------------------------------------------

def _person(email, first_name, last_name, group):
    user, created = get_user_model().objects.get_or_create(
        username=email, defaults={"email": email, "first_name": first_name,
                                  "last_name": last_name, "is_staff": True})
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    user.groups.add(Group.objects.get(name=group))
    # A fresh copy: permissions are cached on the instance.
    return get_user_model().objects.get(pk=user.pk)


def pilot_people():
    """The pilot manager and the reviewers, created when missing."""
    return _person(*CONTENT["manager"]), [_person(*person) for person in CONTENT["reviewers"]]


def seed_pilot_logins(stdout, password=None):
    """Give the pilot manager and the reviewers a password and print how to sign in
    (development only, as the other demo users)."""
    manager, reviewers = pilot_people()
    stdout.write("Pilot staff (development only):")
    for user, role in [(manager, "pilot manager"), *((user, "reviewer") for user in reviewers)]:
        user_password = password or secrets.token_urlsafe(12)
        user.set_password(user_password)
        user.save(update_fields=["password"])
        stdout.write(f"  {role:13} e-mail {user.email}  password {user_password}")


# --- Proposals -----------------------------------------------------------------------------

def _member(organisation):
    membership = Membership.objects.admins().filter(organisation=organisation) \
        .select_related("user").order_by("pk").first()
    return membership.user


def _answers(call, values):
    """{question key: answer} from the spec's answers in the call's question order (a
    number picks a choice of the call's language)."""
    answers = {}
    for question, value in zip(call.questions.all(), values, strict=True):
        if value is None or value == "":
            continue
        if question.kind in ("choice", "multiple_choice"):
            value = question.choice_list[value]
        answers[str(question.translation_key)] = value
    return answers


def _create(call_source, spec):
    organisation = Organisation.objects.get(business_id=spec["organisation"])
    member = _member(organisation)
    language = (organisation.service_languages or ["fi"])[0]
    call = call_in(call_source.translation_key, language)
    fields = {name: spec.get(name, "") for name in (
        "title", "summary", "problem", "solution", "target_group", "expected_impact",
        "impact_measurement", "budget_details", "timeline", "team")}
    proposal = Proposal.objects.create(
        call_key=call_source.translation_key, organisation=organisation, created_by=member,
        contact_email=member.email, language=language,
        budget=Decimal(spec["budget"]) if spec.get("budget") else None,
        answers=_answers(call, spec["answers"]), **fields)
    proposal.municipalities.set(Municipality.objects.filter(code__in=spec["municipalities"]))
    # When the supplier started it, in the story.
    Proposal.objects.filter(pk=proposal.pk).update(created_at=_at(spec["created_days"], "10:00"))
    return proposal, member, call


def _review(proposal, call, spec, manager, reviewers):
    criteria = list(call.criteria.all())
    for number, scores, comment, shared, submit in spec.get("reviews", []):
        reviewer = reviewers[number]
        review = assignment.assign(proposal, reviewer, by=manager)
        if scores is None:
            assignment.recuse(review, by=reviewer, reason=comment)
            continue
        assignment.declare_no_conflict(review, by=reviewer)
        assignment.save_review(
            review, by=reviewer,
            scores={criterion.translation_key: (score, "")
                    for criterion, score in zip(criteria, scores, strict=True)},
            comment=comment, share_with_submitter=shared, submit=submit)


def _follow_up(proposal, spec):
    if not spec:
        return
    today = timezone.localdate()

    def day(days):
        return None if days is None else today + datetime.timedelta(days=days)

    follow_up = PilotFollowUp.objects.create(
        proposal=proposal, progress=spec["progress"], percent_done=spec["percent_done"],
        starts=day(spec["starts"]), ends=day(spec["ends"]),
        result_summary=spec["result_summary"], result_published=spec["result_published"])
    PilotMilestone.objects.bulk_create([
        PilotMilestone(follow_up=follow_up, title=title, due=day(due), done_on=day(done))
        for title, due, done in spec["milestones"]])


def _play(step, proposal, member, call, call_source, manager):
    """One step of a proposal's story, through the workflow, at its day."""
    action, days, *rest = step
    now = _at(days)
    staff = {"by": manager, "role": STAFF, "now": now, "notify": False}
    if action == "submit":
        workflow.transition(proposal, S.SUBMITTED, by=member, role=SUPPLIER, now=now,
                            notify=False)
    elif action == "withdraw":
        workflow.transition(proposal, S.WITHDRAWN, by=member, role=SUPPLIER, now=now,
                            notify=False)
    elif action == "return":
        reason, due_days = rest
        workflow.transition(proposal, S.RETURNED, reason=reason,
                            completion_due=_at(due_days, "16:00",
                                                working_day=next_working_day), **staff)
    elif action == "screen":
        workflow.transition(proposal, S.SCREENING, **staff)
    elif action == "ineligible":
        workflow.transition(proposal, S.INELIGIBLE, reason=rest[0], **staff)
    elif action == "review":
        workflow.transition(proposal, S.IN_REVIEW, **staff)
    elif action == "decide":
        decision = rest[0]
        workflow.decide(proposal, decision, by=manager, now=now,
                        letter=CONTENT["letters"][decision][proposal.language])
    elif action == "release":
        workflow.release_decisions(call_source, by=manager, now=now, notify=False)
    elif action == "agreement":
        workflow.transition(proposal, S.AGREEMENT, **staff)
    elif action == "piloting":
        workflow.transition(proposal, S.PILOTING, **staff)
    elif action == "complete":
        workflow.transition(proposal, S.COMPLETED, **staff)
    else:
        raise ValueError(f"Unknown step {action!r}")
    proposal.refresh_from_db()


def ensure_proposals(call_source, specs, manager, reviewers):
    """The call's demo proposals, their stories played day by day across the call (so that
    decisions are released together); nothing if the call has proposals already."""
    if Proposal.objects.of_call(call_source).exists():
        return 0
    made = [(*_create(call_source, spec), spec) for spec in specs]
    steps = sorted(
        ((step[1], position, order, step) for position, (*_rest, spec) in enumerate(made)
         for order, step in enumerate(spec["steps"])),
        key=lambda item: item[:3])
    for _day, position, _order, step in steps:
        proposal, member, call, spec = made[position]
        _play(step, proposal, member, call, call_source, manager)
        if step[0] == "review":
            _review(proposal, call, spec, manager, reviewers)
    for proposal, *_rest, spec in made:
        _follow_up(proposal, spec.get("follow_up"))
    return len(made)


def seed_pilot_proposals(stdout):
    """Proposals of the demo organisations in every state, with their reviews and the
    follow-up of the pilots that ran. Needs the demo calls and organisations."""
    if not Organisation.objects.exists():
        stdout.write("Pilot proposals: no supplier organisations, none created.")
        return
    manager, reviewers = pilot_people()
    created = 0
    for key, specs in CONTENT["proposals"].items():
        call = demo_call(key)
        if call is not None:
            created += ensure_proposals(call, specs, manager, reviewers)
    stdout.write(f"Pilot proposals: {created} created, {Proposal.objects.count()} in all.")
