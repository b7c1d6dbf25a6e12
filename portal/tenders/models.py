"""Tender pages, their lots, the public timeline and the calendar settings."""

from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django import forms
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.page_views import PageViewCounted
from portal.core.working_days import WorkingDayDates
from portal.pages.blocks import ContentStreamBlock
from portal.pages.models import PortalPage
from portal.pages.shared_relations import SharedRelations
from portal.taxonomy.fields import CodeListField
from portal.taxonomy.labels import taxonomy_labels
from portal.taxonomy.widgets import TermCheckboxes

from .enums import (
    NOTICE_REQUIRED_STATES,
    UPCOMING_STATES,
    DatePrecision,
    Procedure,
    TenderStatus,
    TimelineKind,
    VolumeUnit,
)
from .forms import TenderPageForm
from .panels import LotSizeWarningsPanel, TenderStatusPanel
from .presenters import describe
from .timeline import timeline


def publication_period_end(date, precision):
    if date is None:
        return None
    if precision == DatePrecision.MONTH:
        return date + relativedelta(day=31)
    if precision == DatePrecision.QUARTER:
        start = date.replace(month=3 * ((date.month - 1) // 3) + 1, day=1)
        return start + relativedelta(months=2, day=31)
    return date


def _views():
    # The one allowed cycle: a routable page's routes serve its views, which use these models.
    from . import views

    return views


EUR = {"max_digits": 14, "decimal_places": 2, "validators": [MinValueValidator(Decimal(0))]}


@register_setting(icon="calendar")
class TenderCalendarSettings(BaseGenericSetting):
    sme_lot_threshold = models.DecimalField(
        _("SME threshold for a lot's annual value (EUR excl. VAT)"),
        default=Decimal("750000"), **EUR,
        help_text=_("A lot whose annual value is above this is not labelled SME-sized."),
    )

    class Meta:
        verbose_name = _("tender calendar")


SME_THRESHOLD_KEY = "tenders:sme-threshold"


def sme_threshold():
    """The SME threshold from the calendar's settings, cached until staff change it."""
    threshold = cache.get(SME_THRESHOLD_KEY)
    if threshold is None:
        threshold = TenderCalendarSettings.load().sme_lot_threshold
        cache.set(SME_THRESHOLD_KEY, threshold, 3600)
    return threshold


class TenderIndexPage(RoutablePageMixin, PortalPage):
    """The procurement calendar of one language: the list, calendar view, feeds and exports."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["tenders.TenderPage"]
    max_count_per_parent = 1
    template = "tenders/tender_index_page.html"

    class Meta:
        verbose_name = _("tender calendar")

    # Each route's view is in views.py; the page only says where it is.
    @path("")
    def tender_list(self, request):
        return _views().tender_list(request, self)

    @path("calendar/")
    def calendar_view(self, request):
        return _views().calendar_view(request, self)

    @path("feed/rss/")
    def rss_feed(self, request):
        return _views().rss_feed(request, self)

    @path("feed/atom/")
    def atom_feed(self, request):
        return _views().atom_feed(request, self)

    # Wagtail's page URLs end in a slash and have no dots, hence no file extensions here.
    @path("milestones/")
    def milestones_ics(self, request):
        return _views().milestones_ics(request, self)

    @path("csv/")
    def calendar_csv(self, request):
        return _views().calendar_csv(request, self)

    def tenders(self):
        """Every published tender of this calendar, cancelled and awarded ones too."""
        return TenderPage.objects.child_of(self).live().public()


class TenderPage(WorkingDayDates, PageViewCounted, SharedRelations, PortalPage):
    """One coming procurement. Field names follow OCDS where it has one."""

    working_day_fields = ("planned_publication", "market_dialogue_date", "interest_deadline",
                          "tender_deadline")

    reference = models.CharField(_("reference number"), max_length=40)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("description"))
    # A term is one row for every language (portal.taxonomy.models): every translation of a
    # tender points at the same rows, and a page shows each term's name in its own language.
    service_areas = ParentalManyToManyField(
        "taxonomy.ServiceArea", related_name="+", verbose_name=_("service areas"))
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality", related_name="+", verbose_name=_("municipalities"))
    cpv_codes = ParentalManyToManyField(
        "taxonomy.CPVCode", related_name="+", blank=True, verbose_name=_("CPV codes"))
    contract_type = models.ForeignKey(
        "taxonomy.ContractType", on_delete=models.PROTECT, related_name="+",
        verbose_name=_("contract type"))
    procedure = models.CharField(_("procedure"), max_length=30, choices=Procedure.choices,
                                 default=Procedure.OPEN)
    value_min = models.DecimalField(
        _("estimated value (EUR excl. VAT)"), null=True, blank=True, **EUR,
        help_text=_("The estimated total value; the lower end if you give a range."))
    value_max = models.DecimalField(
        _("upper end of the estimated value"), null=True, blank=True, **EUR,
        help_text=_("Leave empty if the value is a single amount."))
    value_is_public = models.BooleanField(_("show the value publicly"), default=True)
    planned_publication = models.DateField(_("planned publication of the notice"), null=True,
                                           blank=True)
    planned_publication_precision = models.CharField(
        _("precision of the planned publication"), max_length=10,
        choices=DatePrecision.choices, default=DatePrecision.MONTH,
        help_text=_("For a month or a quarter, enter its first day."))
    # The last day of the planned publication's month or quarter (the date itself for an
    # exact date), so that a search by dates finds "March 2027" on 15 March.
    planned_publication_end = models.DateField(null=True, editable=False)
    market_dialogue_date = models.DateField(_("market dialogue"), null=True, blank=True)
    interest_deadline = models.DateTimeField(_("deadline for expressions of interest"),
                                             null=True, blank=True)
    tender_deadline = models.DateTimeField(_("tender deadline"), null=True, blank=True)
    contract_start = models.DateField(_("contract start"), null=True, blank=True)
    contract_duration_months = models.PositiveSmallIntegerField(
        _("contract period (months)"), null=True, blank=True)
    option_months = models.PositiveSmallIntegerField(_("option period (months)"), null=True,
                                                     blank=True)
    status = models.CharField(_("status"), max_length=20, choices=TenderStatus.choices,
                              default=TenderStatus.PLANNED, editable=False)
    status_changed_at = models.DateTimeField(_("status changed"), null=True, editable=False)
    # Whether one can no longer take part (awarded, cancelled, under evaluation...): the
    # calendar lists those last. Kept by the database, so that the calendar's order is an
    # index and a page of twenty costs the same at any number of tenders.
    taking_part_over = models.GeneratedField(
        expression=models.Case(
            models.When(status__in=[str(state) for state in UPCOMING_STATES],
                        then=models.Value(False)),
            default=models.Value(True), output_field=models.BooleanField()),
        output_field=models.BooleanField(), db_persist=True, editable=False)
    status_note = models.TextField(
        _("note on the status"), blank=True, max_length=1000,
        help_text=_("Shown with the status, for example why the procurement was cancelled."))
    notice_url = models.URLField(
        _("official contract notice"), blank=True, max_length=500, editable=False,
        help_text=_("Link to the notice in Hilma or the e-tendering system once published."))
    procurement_languages = CodeListField(
        _("languages of the procurement"),
        choices_source="portal.taxonomy.choices.language_choices")
    max_lots_per_bidder = models.PositiveSmallIntegerField(
        _("maximum lots per tenderer"), null=True, blank=True)
    sme_notes = RichTextField(_("notes for SMEs and associations"), blank=True,
                              features=["bold", "italic", "link", "ul", "ol"])
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=50, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("reference"),
        FieldPanel("intro", heading=_("Summary")),
        FieldPanel("body"),
        MultiFieldPanel([
            FieldPanel("service_areas", widget=TermCheckboxes),
            FieldPanel("municipalities", widget=TermCheckboxes),
            FieldPanel("cpv_codes", widget=forms.CheckboxSelectMultiple),
            FieldPanel("contract_type"),
            FieldPanel("procedure"),
            FieldPanel("procurement_languages"),
        ], heading=_("Classification")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("value_min"), FieldPanel("value_max")]),
            FieldPanel("value_is_public"),
        ], heading=_("Estimated value")),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("planned_publication"),
                           FieldPanel("planned_publication_precision")]),
            FieldPanel("market_dialogue_date"),
            FieldRowPanel([FieldPanel("interest_deadline"), FieldPanel("tender_deadline")]),
            FieldRowPanel([FieldPanel("contract_start"), FieldPanel("contract_duration_months"),
                           FieldPanel("option_months")]),
        ], heading=_("Schedule")),
        MultiFieldPanel([TenderStatusPanel(), FieldPanel("status_note")],
                        heading=_("Status")),
        MultiFieldPanel([FieldPanel("max_lots_per_bidder"), FieldPanel("sme_notes")],
                        heading=_("Lots and SMEs")),
        LotSizeWarningsPanel(heading=_("Lot sizes")),
        InlinePanel("lots", heading=_("Lots"), label=pgettext_lazy("add button", "lot")),
        MultiFieldPanel([FieldPanel("contact_name"), FieldPanel("contact_email"),
                         FieldPanel("contact_phone")], heading=_("Contact person")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("reference"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]

    # Facts that are the same in every language.
    override_translatable_fields = [
        SynchronizedField(name) for name in (
            "reference", "contract_type", "contact_name", "contact_email", "contact_phone",
        )
    ]
    # The same terms in every language (portal.pages.shared_relations).
    shared_relations = ("service_areas", "municipalities", "cpv_codes")

    parent_page_types = ["tenders.TenderIndexPage"]
    subpage_types = []
    template = "tenders/tender_page.html"
    base_form_class = TenderPageForm

    class Meta:
        verbose_name = _("tender")
        indexes = [models.Index(fields=["status", "planned_publication"]),
                   # The calendar's default order (listing.TenderFilter.sort_tenders).
                   models.Index(fields=["taking_part_over", "planned_publication",
                                        "page_ptr"], name="tender_calendar_order")]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def clean(self):
        super().clean()
        errors = {}
        if self.value_min is not None and self.value_max is not None \
                and self.value_max < self.value_min:
            errors["value_max"] = _("The upper end must not be below the lower end.")
        if self.value_max is not None and self.value_min is None:
            errors["value_min"] = _("Give the lower end of the range too.")
        if self.reference and TenderPage.objects.filter(reference=self.reference).exclude(
            translation_key=self.translation_key
        ).exists():
            errors["reference"] = _("Another tender already has this reference number.")
        if self.status in NOTICE_REQUIRED_STATES and not self.notice_url:
            errors["notice_url"] = _(
                "A procurement open for tenders must link to its official contract notice.")
        if self.interest_deadline and self.tender_deadline \
                and self.interest_deadline > self.tender_deadline:
            errors["interest_deadline"] = _(
                "The deadline for expressions of interest must be before the tender deadline.")
        if errors:
            raise ValidationError(errors)

    def working_day_dates(self):
        # A month or a quarter is entered as its first day, which is no date of its own.
        return [(name, day) for name, day in super().working_day_dates()
                if name != "planned_publication"
                or self.planned_publication_precision == DatePrecision.DAY]

    def save(self, *args, **kwargs):
        self.planned_publication_end = publication_period_end(
            self.planned_publication, self.planned_publication_precision)
        return super().save(*args, **kwargs)

    def copy(self, *args, update_attrs=None, reset_translation_key=True, **kwargs):
        """A copy is a new procurement: it starts planned, without the original's notice
        link and with a reference of its own. (A translation is a copy too, and keeps them.)"""
        if reset_translation_key:
            update_attrs = {
                **(update_attrs or {}),
                "status": TenderStatus.PLANNED, "status_changed_at": None, "notice_url": "",
                "reference": self._free_reference(),
            }
        return super().copy(*args, update_attrs=update_attrs,
                            reset_translation_key=reset_translation_key, **kwargs)

    def _free_reference(self):
        taken = set(TenderPage.objects.filter(reference__startswith=self.reference)
                    .values_list("reference", flat=True))
        number = 2
        while f"{self.reference}-{number}"[:40] in taken:
            number += 1
        return f"{self.reference}-{number}"[:40]

    def with_content_json(self, content):
        """Keep the live status when a revision is restored or published.

        The status (and the notice link that comes with opening) changes only through
        portal.tenders.domain.change_status, for every translation at once; a draft saved
        before the change must not bring the old values back.
        """
        page = super().with_content_json(content)
        page.status = self.status
        page.status_changed_at = self.status_changed_at
        page.notice_url = self.notice_url
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not getattr(request, "is_preview", False):
            # The lots' municipalities in one query (a preview shows the editor's, unsaved).
            prefetch_related_objects(self.lot_list, "municipalities")
        context["view"] = describe(self, taxonomy_labels(get_language()), sme_threshold())
        # Newest first, the baseline dates left out.
        context["timeline"] = timeline(TenderTimelineEntry.objects.filter(
            tender_key=self.translation_key, is_baseline=False))
        context["index"] = self.get_parent()
        return context

    def lots_above_sme_threshold(self):
        """(threshold, the saved lots whose annual value is above it)."""
        threshold = sme_threshold()
        lots = [lot for lot in (self.lots.all() if self.pk else [])
                if lot.annual_value is not None and lot.annual_value > threshold]
        return threshold, lots

    @property
    def is_upcoming(self):
        return self.status in UPCOMING_STATES

    @property
    def value_range(self):
        """(low, high) of the estimated value; equal when it is a single amount."""
        if self.value_min is None:
            return None
        return self.value_min, self.value_max if self.value_max is not None else self.value_min

    @cached_property
    def lot_list(self):
        return sorted(self.lots.all(), key=lambda lot: lot.number)


class Lot(TranslatableMixin, Orderable, ClusterableModel):
    """A part of a tender that can be bid for on its own (osa-alue / delområde)."""

    tender = ParentalKey(TenderPage, on_delete=models.CASCADE, related_name="lots")
    number = models.PositiveSmallIntegerField(_("lot number"))
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    requirements = models.TextField(_("requirements in brief"), blank=True)
    estimated_value = models.DecimalField(_("estimated value (EUR excl. VAT)"), null=True,
                                          blank=True, **EUR)
    annual_value = models.DecimalField(_("annual value (EUR excl. VAT)"), null=True,
                                       blank=True, **EUR)
    municipalities = ParentalManyToManyField(
        "taxonomy.Municipality", related_name="+", blank=True, verbose_name=_("municipalities"))
    volume_quantity = models.PositiveIntegerField(_("volume"), null=True, blank=True)
    volume_unit = models.CharField(_("unit of volume"), max_length=10,
                                   choices=VolumeUnit.choices, blank=True)
    sme_override = models.BooleanField(
        _("label as SME-sized despite its value"), default=False,
        help_text=_("Only when small providers can realistically bid, for example together."))
    sme_override_reason = models.TextField(_("reason for the SME label"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title")]),
        FieldPanel("description"),
        FieldPanel("requirements"),
        FieldRowPanel([FieldPanel("estimated_value"), FieldPanel("annual_value")]),
        FieldPanel("municipalities", widget=TermCheckboxes),
        FieldRowPanel([FieldPanel("volume_quantity"), FieldPanel("volume_unit")]),
        FieldPanel("sme_override"),
        FieldPanel("sme_override_reason"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("lot")
        verbose_name_plural = _("lots")

    def __str__(self):
        return f"{self.number}. {self.title}"

    def clean(self):
        super().clean()
        if self.sme_override and not self.sme_override_reason.strip():
            raise ValidationError({"sme_override_reason": _(
                "Give the reason why this lot is labelled SME-sized despite its value.")})
        if self.annual_value is not None and self.estimated_value is not None \
                and self.annual_value > self.estimated_value:
            raise ValidationError({"annual_value": _(
                "The annual value cannot be more than the lot's total estimated value.")})

    def is_sme_sized(self, threshold):
        """SME-sized when the annual value is at most the threshold, or staff say so."""
        if self.sme_override:
            return True
        return self.annual_value is not None and self.annual_value <= threshold


class TenderTimelineEntry(models.Model):
    """One dated public change of a tender, shared by all its translations.

    Stored by the tender's translation key and shown through gettext, so that the Finnish
    and Swedish pages tell the same history, each in its own language.
    """

    tender_key = models.UUIDField(_("tender"), db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=TimelineKind.choices)
    field = models.CharField(_("field"), max_length=40, blank=True)
    old_value = models.CharField(_("old value"), max_length=100, blank=True)
    new_value = models.CharField(_("new value"), max_length=100, blank=True)
    occurred_at = models.DateTimeField(_("when"))
    user = models.ForeignKey("auth.User", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="+")
    # The dates known at first publication: compared against, not shown.
    is_baseline = models.BooleanField(default=False)

    class Meta:
        ordering = ["-occurred_at", "-id"]
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")

    def __str__(self):
        return f"{self.occurred_at:%Y-%m-%d} {self.kind} {self.field}"

    @property
    def field_label(self):
        """The changed tender field's name, in the active language."""
        return TenderPage._meta.get_field(self.field).verbose_name
