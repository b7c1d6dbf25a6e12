"""Building pilot calls and proposals in tests, the way staff and suppliers do."""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale

from pilots.enums import ProposalStatus
from pilots.models import CallCriterion, CallQuestion, PilotCallIndexPage, PilotCallPage, Proposal
from portal.taxonomy.models import Municipality, ServiceArea
from tests import factories
from tests.factories import terms

_counter = iter(range(1, 100000))

S = ProposalStatus


def index_page(language="fi"):
    return factories.index_page(PilotCallIndexPage, language)


def make_call(*, opens_days=-10, deadline_days=20, publish=True, questions=True, **fields):
    """A published Finnish call, open by default, with two criteria (60 % and 40 %, 0–5 and
    0–10) and one required extra question."""
    number = next(_counter)
    now = timezone.now().replace(microsecond=0)
    defaults = {
        "title": f"Testihaku {number}", "slug": f"testihaku-{number}",
        "intro": "Kokeillaan uutta.", "theme": "Yksinäisyys", "goals": "Vähemmän yksinäisyyttä.",
        "eligibility": "Palveluntuottajat.", "pilots_sought": 2,
        "opens": now + datetime.timedelta(days=opens_days),
        "deadline": now + datetime.timedelta(days=deadline_days),
    }
    for name, model in (("service_areas", ServiceArea), ("municipalities", Municipality)):
        if name in fields:  # by code
            fields[name] = terms(model, fields[name])
    call = PilotCallPage(**{**defaults, "live": publish, **fields})
    call.criteria = [
        CallCriterion(name="Asiakashyöty", weight=Decimal("60"), scale_max=5),
        CallCriterion(name="Toteutettavuus", weight=Decimal("40"), scale_max=10),
    ]
    if questions:
        call.questions = [CallQuestion(label="Montako asiakasta?", kind="short_text",
                                       required=True)]
    index_page("fi").add_child(instance=call)
    if publish:
        call.save_revision().publish()
    return PilotCallPage.objects.get(pk=call.pk)


def translate_call(call, language, **fields):
    locale = Locale.objects.get(language_code=language)
    index_page(language)
    translation = call.copy_for_translation(locale)
    for name, value in {"title": f"{call.title} ({language})",
                        "slug": f"{call.slug}-{language}", **fields}.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return PilotCallPage.objects.get(pk=translation.pk)


def complete_fields(call):
    question = call.questions.first()
    return {
        "title": "Etäkaveri", "summary": "Videoyhteys ikäihmisille.",
        "problem": "Yksinäisyys.", "solution": "Viikoittaiset videotapaamiset.",
        "target_group": "Kotihoidon asiakkaat", "expected_impact": "Vähemmän yksinäisyyttä.",
        "municipalities": ["905"], "budget": Decimal("25000"),
        "answers": {str(question.translation_key): "40"} if question else {},
    }


def make_proposal(call, organisation, user, *, status=S.DRAFT, language="fi", **fields):
    """A complete proposal in `status`, put there directly (the workflow's own tests move
    proposals through `transition`)."""
    data = {**complete_fields(call), **fields}
    municipalities = data.pop("municipalities")
    proposal = Proposal.objects.create(
        call_key=call.translation_key, organisation=organisation, created_by=user,
        contact_email=user.email, language=language, status=status,
        submitted_at=None if status == S.DRAFT else timezone.now(), **data)
    proposal.municipalities.set(terms(Municipality, municipalities))
    return proposal


def add_to_group(user, name):
    user.groups.add(Group.objects.get(name=name))
    # has_perm caches the user's permissions on the instance.
    for cache in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(cache, None)
    return user
