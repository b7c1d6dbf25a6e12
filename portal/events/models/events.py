"""Event pages (trainings, market-dialogue meetings, information sessions), their
registration questionnaire, and the events index of each language."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.core.page_views import PageViewCounted
from portal.core.questions import FormQuestion
from portal.core.working_days import WorkingDayDates
from portal.pages.blocks import ContentStreamBlock
from portal.pages.models import PortalPage
from portal.taxonomy.fields import CodeListField

from ..enums import ONLINE_FORMATS, VENUE_FORMATS, EventFormat, EventType


def _views():
    # The one allowed cycle: a routable page's routes serve its views, which use these models.
    from .. import views

    return views


class EventIndexPage(RoutablePageMixin, PortalPage):
    """The events of one language: coming and past events, filters and the iCalendar feed."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("events")

    # Each route's view is in views.py; the page only says where it is.
    @path("")
    def event_list(self, request):
        return _views().event_list(request, self)

    # Wagtail's page URLs end in a slash and have no dots, hence no file extensions here.
    @path("feed/ical/")
    def ical_feed(self, request):
        return _views().ical_feed(request, self)

    @path("ical/<int:event_id>/")
    def event_ics(self, request, event_id):
        return _views().event_ics(request, self, event_id)

    def events(self):
        """Every published event of this language, cancelled ones too."""
        return EventPage.objects.child_of(self).live().public()


class EventPage(WorkingDayDates, PageViewCounted, PortalPage):
    """One training, market-dialogue meeting or information session. Times are stored in UTC
    and shown in Europe/Helsinki; registrations are shared by all language versions (they
    refer to the page's translation key)."""

    working_day_fields = ("start", "registration_opens", "registration_closes")
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices)
    related_tender = models.ForeignKey(
        "tenders.TenderPage", verbose_name=_("related tender"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The procurement this event is about, if any."))
    related_pilot_call = models.ForeignKey(
        "pilots.PilotCallPage", verbose_name=_("related pilot call"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The pilot call this event is about, if any."))
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    event_format = models.CharField(_("format"), max_length=10, choices=EventFormat.choices,
                                    default=EventFormat.IN_PERSON)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    venue_accessibility = models.TextField(
        _("accessibility of the venue"), blank=True,
        help_text=_("Step-free access, induction loop, parking, nearest stop …"))
    online_url = models.URLField(
        _("online link"), blank=True,
        help_text=_("Shown only to registered participants."))
    languages = CodeListField(_("languages spoken"),
                              choices_source="portal.taxonomy.choices.language_choices")
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True,
        help_text=_("Places in all; empty for no limit."))
    reserved_places = models.PositiveIntegerField(
        _("reserved places"), default=0,
        help_text=_("Places kept aside (speakers, invited guests); not open for registration."))
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    offer_hours = models.PositiveSmallIntegerField(
        _("hours to accept a freed place"), default=48, validators=[MinValueValidator(1)],
        help_text=_("A place freed from a full event is offered to the first on the waiting "
                    "list, who has this long to accept it before it goes to the next."))
    reminder_hours = models.PositiveSmallIntegerField(
        _("reminder (hours before)"), null=True, blank=True, default=24,
        help_text=_("When registered participants are reminded; empty for no reminder."))
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("description"))
    materials = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("materials"),
                            help_text=_("Slides and documents, published after the event."))
    recording_url = models.URLField(_("recording"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False, editable=False)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)
    attendee_count = models.PositiveIntegerField(_("attendees"), null=True, blank=True,
                                                 editable=False)
    # The time, format and place registrants were last told of: publishing a change to
    # any of them sends them a change notice (see domain.announce_changes).
    announced_details = models.JSONField(default=dict, blank=True, editable=False)

    # The same in every language version: wagtail-localize copies them, nobody translates.
    override_translatable_fields = [
        SynchronizedField(name) for name in (
            "event_type", "related_tender", "related_pilot_call", "start", "end",
            "event_format", "postal_code",
            "online_url", "languages", "capacity", "reserved_places", "registration_opens",
            "registration_closes", "offer_hours", "reminder_hours", "recording_url",
            "contact_email")
    ]

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("event_type"),
        FieldPanel("related_tender"),
        FieldPanel("related_pilot_call"),
        FieldPanel("body"),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            FieldPanel("event_format"),
            FieldPanel("languages"),
        ], heading=_("When and how")),
        MultiFieldPanel([
            FieldPanel("venue_name"),
            FieldPanel("street_address"),
            FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
            FieldPanel("venue_accessibility"),
        ], heading=_("Venue")),
        FieldPanel("online_url"),
        MultiFieldPanel([
            FieldRowPanel([FieldPanel("capacity"), FieldPanel("reserved_places")]),
            FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
            FieldRowPanel([FieldPanel("offer_hours"), FieldPanel("reminder_hours")]),
        ], heading=_("Registration")),
        InlinePanel("questions", heading=_("Registration questions"),
                    label=pgettext_lazy("add button", "question")),
        MultiFieldPanel([FieldPanel("materials"), FieldPanel("recording_url")],
                        heading=_("After the event")),
        MultiFieldPanel([FieldPanel("contact_name"), FieldPanel("contact_email")],
                        heading=_("Contact person")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("body"),
        index.FilterField("event_type"),
        index.FilterField("start"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.event_format in VENUE_FORMATS and not (self.venue_name or self.street_address):
            errors["venue_name"] = _("An event held in person needs its venue.")
        if self.event_format in ONLINE_FORMATS and not self.online_url:
            errors["online_url"] = _("An online event needs the link to join it.")
        if self.capacity is not None and self.reserved_places > self.capacity:
            errors["reserved_places"] = _("More places are reserved than the event has.")
        if self.registration_opens and self.registration_closes and \
                self.registration_closes <= self.registration_opens:
            errors["registration_closes"] = _("Registration must close after it opens.")
        if self.registration_closes and self.end and self.registration_closes > self.end:
            errors["registration_closes"] = _("Registration must close before the event ends.")
        if errors:
            raise ValidationError(errors)

    def details_registrants_rely_on(self):
        # Instants in UTC: the editor's form gives them in Helsinki time, the database in UTC.
        def instant(value):
            return value.astimezone(datetime.UTC).isoformat() if value else ""

        return {"start": instant(self.start), "end": instant(self.end),
                "format": self.event_format, "venue_name": self.venue_name,
                "street_address": self.street_address, "postal_code": self.postal_code,
                "city": self.city, "online_url": self.online_url}

    @property
    def open_places(self):
        """Places open for registration; None when there is no limit."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.reserved_places, 0)


def event_in(event_key, language):
    """The event in a language (else in the default language), as an EventPage."""
    pages = {page.locale.language_code: page for page in
             EventPage.objects.filter(translation_key=event_key).select_related("locale")}
    return pages.get(language) or pages.get(settings.LANGUAGE_CODE) or \
        next(iter(pages.values()), None)


class EventQuestion(TranslatableMixin, FormQuestion, Orderable):
    """A question of the event's registration form (dietary or accessibility needs,
    questions to the county …), defined by staff per event."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="questions")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("registration question")
        verbose_name_plural = _("registration questions")
