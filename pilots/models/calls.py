"""Pilot-call pages: the call of each language, its evaluation criteria, extra questions and
FAQ, and the index of calls. Proposals, reviews and follow-up (the other modules of this
package) refer to the call by translation key, so that one proposal belongs to every language
version of its call."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.page_views import PageViewCounted
from portal.core.questions import FormQuestion, QuestionKind
from portal.core.working_days import WorkingDayDates
from portal.pages.blocks import ContentStreamBlock
from portal.pages.models import PortalPage
from portal.pages.shared_relations import SharedRelations
from portal.taxonomy.widgets import TermCheckboxes

from ..enums import CallPhase, ScoreAggregate


def _views():
    # The routable page's views import these models: the route imports them when it runs.
    from .. import views

    return views


class PilotCallIndexPage(RoutablePageMixin, PortalPage):
    """The pilot calls of one language: open, coming and closed."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pilots.PilotCallPage"]
    max_count_per_parent = 1
    template = "pilots/call_index_page.html"

    class Meta:
        verbose_name = _("pilot calls")

    @path("")
    def call_list(self, request):
        return _views().call_list(request, self)

    def calls(self):
        return PilotCallPage.objects.child_of(self).live().public()


class PilotCallPage(WorkingDayDates, PageViewCounted, SharedRelations, PortalPage):
    """One call for new service forms to pilot with providers. Times are stored in UTC and
    shown in Europe/Helsinki."""

    working_day_fields = ("opens", "deadline")
    parent_page_types = ["pilots.PilotCallIndexPage"]
    subpage_types = []
    template = "pilots/call_page.html"

    theme = models.CharField(
        _("theme"), max_length=200,
        help_text=_("The challenge in a few words, for example from the wellbeing report."))
    background = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("background"))
    goals = models.TextField(_("goals"))
    eligibility = models.TextField(_("who can take part"))
    funding = models.TextField(_("funding or compensation"), blank=True)
    pilot_duration = models.CharField(_("pilot duration"), max_length=100, blank=True,
                                      help_text=_("For example: 6 months in spring 2027."))
    pilots_sought = models.PositiveSmallIntegerField(
        _("number of pilots sought"), default=1, validators=[MinValueValidator(1)])
    service_areas = ParentalManyToManyField(
        "taxonomy.ServiceArea", related_name="+", blank=True, verbose_name=_("service areas"))
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality", related_name="+", blank=True, verbose_name=_("municipalities"))
    opens = models.DateTimeField(_("opens"))
    deadline = models.DateTimeField(_("deadline"))
    score_aggregate = models.CharField(
        _("reviewers' scores are combined by their"), max_length=10,
        choices=ScoreAggregate.choices, default=ScoreAggregate.MEAN)
    anonymised_review = models.BooleanField(
        _("anonymised review"), default=False,
        help_text=_("Reviewers do not see which organisation sent a proposal."))
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    override_translatable_fields = [
        SynchronizedField(name) for name in (
            "pilots_sought", "opens", "deadline", "score_aggregate", "anonymised_review",
            "contact_email")
    ]
    # The same terms in every language (portal.pages.shared_relations).
    shared_relations = ("service_areas", "municipalities")

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("theme"),
        FieldPanel("background"),
        FieldPanel("goals"),
        FieldPanel("eligibility"),
        MultiFieldPanel([
            FieldPanel("funding"),
            FieldRowPanel([FieldPanel("pilot_duration"), FieldPanel("pilots_sought")]),
            FieldPanel("service_areas", widget=TermCheckboxes),
            FieldPanel("municipalities", widget=TermCheckboxes),
        ], heading=_("The pilots")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("opens"), FieldPanel("deadline")]),
        ], heading=_("Schedule")),
        InlinePanel("criteria", heading=_("Evaluation criteria"), min_num=1,
                    label=pgettext_lazy("add button", "criterion")),
        MultiFieldPanel([FieldPanel("score_aggregate"), FieldPanel("anonymised_review")],
                        heading=_("Review")),
        InlinePanel("questions", heading=_("Extra questions"),
                    label=pgettext_lazy("add button", "question")),
        InlinePanel("faq", heading=_("Frequently asked questions"),
                    label=pgettext_lazy("add button", "question and answer")),
        MultiFieldPanel([FieldPanel("contact_name"), FieldPanel("contact_email")],
                        heading=_("Contact person")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("theme"),
        index.SearchField("goals"),
        index.SearchField("background"),
        index.FilterField("deadline"),
        index.FilterField("opens"),
    ]

    class Meta:
        verbose_name = _("pilot call")
        verbose_name_plural = _("pilot calls")

    def clean(self):
        super().clean()
        if self.opens and self.deadline and self.deadline <= self.opens:
            raise ValidationError({"deadline": _("The deadline must be after the call opens.")})

    def phase(self, now=None):
        now = now or timezone.now()
        if now < self.opens:
            return CallPhase.COMING
        if now < self.deadline:
            return CallPhase.OPEN
        return CallPhase.CLOSED

    def is_open(self, now=None):
        return self.phase(now) == CallPhase.OPEN

    @property
    def call_key(self):
        """What proposals refer to: the same for every language version of the call."""
        return self.translation_key


class CallCriterion(TranslatableMixin, Orderable):
    """An evaluation criterion with its weight and scale, for example "Client benefit,
    weight 40 %, 0–5"."""

    call = ParentalKey(PilotCallPage, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=200)
    description = models.TextField(_("what is assessed"), blank=True)
    weight = models.DecimalField(
        _("weight (%)"), max_digits=5, decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal("100"))])
    scale_max = models.PositiveSmallIntegerField(
        _("highest score"), default=5, validators=[MinValueValidator(1),
                                                   MaxValueValidator(100)],
        help_text=_("Scores run from 0 to this."))

    panels = [FieldPanel("name"), FieldPanel("description"),
              FieldRowPanel([FieldPanel("weight"), FieldPanel("scale_max")])]
    override_translatable_fields = [SynchronizedField("weight"), SynchronizedField("scale_max")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("evaluation criterion")
        verbose_name_plural = _("evaluation criteria")

    def __str__(self):
        return self.name


class CallQuestion(TranslatableMixin, FormQuestion, Orderable):
    """A question staff add to the call's proposal form."""

    call = ParentalKey(PilotCallPage, on_delete=models.CASCADE, related_name="questions")
    # Proposals answer at length by default.
    kind = models.CharField(_("kind of answer"), max_length=20, choices=QuestionKind.choices,
                            default=QuestionKind.LONG_TEXT)

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("extra question")
        verbose_name_plural = _("extra questions")


class CallFAQ(TranslatableMixin, Orderable):
    call = ParentalKey(PilotCallPage, on_delete=models.CASCADE, related_name="faq")
    question = models.CharField(_("question"), max_length=255)
    answer = models.TextField(_("answer"))

    panels = [FieldPanel("question"), FieldPanel("answer")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("question and answer")
        verbose_name_plural = _("frequently asked questions")

    def __str__(self):
        return self.question
