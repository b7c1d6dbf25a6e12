"""Page types staff write: home, standard content, accessibility statement, privacy notice."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import ContentStreamBlock
from .home_sections import home_sections


class PortalPage(Page):
    """Base of every public page type: an introduction and the body blocks."""

    intro = models.TextField(
        _("introduction"), blank=True, max_length=600,
        help_text=_("One or two sentences shown under the title and in listings."),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True


class HomePage(PortalPage):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=600)
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("hero_text"),
                     index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.StandardPage",
        "pages.AccessibilityStatementPage",
        "pages.PrivacyNoticePage",
        "news.NewsIndexPage",
        "tenders.TenderIndexPage",
        "events.EventIndexPage",
        "pilots.PilotCallIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(request, self.locale)
        return context


class StandardPage(PortalPage):
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*PortalPage.content_panels, FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("content page")


class ComplianceStatus(models.TextChoices):
    """The three statuses the Act on the Provision of Digital Services (306/2019) allows."""

    FULLY = "fully", _("fully compliant")
    PARTIALLY = "partially", _("partially compliant")
    NOT = "not", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("self-assessment by the organisation")
    THIRD_PARTY = "third_party", _("assessment by an external expert")


class AccessibilityStatementPage(PortalPage):
    """The accessibility statement required of Finnish public-sector sites (laki 306/2019)."""

    compliance_status = models.CharField(
        _("compliance with WCAG 2.1 AA"), max_length=20, choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIALLY,
    )
    non_accessible_content = RichTextField(
        _("content that is not accessible"), blank=True,
        help_text=_("Each shortcoming, the WCAG criterion it fails and when it will be fixed."),
    )
    assessment_method = models.CharField(
        _("how accessibility was assessed"), max_length=20, choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("statement last reviewed on"))
    feedback_email = models.EmailField(_("feedback e-mail address"))
    feedback_text = RichTextField(
        _("how to give feedback"), blank=True,
        help_text=_("How users report accessibility problems and when they get an answer."),
    )
    enforcement_text = RichTextField(
        _("enforcement procedure"),
        help_text=_("The supervisory authority and how to contact it."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("other content"))

    content_panels = [
        *PortalPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("non_accessible_content")],
            heading=_("Status of accessibility"),
        ),
        MultiFieldPanel(
            [FieldPanel("assessment_method"), FieldPanel("prepared_on"),
             FieldPanel("reviewed_on")],
            heading=_("Preparation of the statement"),
        ),
        MultiFieldPanel(
            [FieldPanel("feedback_email"), FieldPanel("feedback_text")],
            heading=_("Feedback"),
        ),
        FieldPanel("enforcement_text"),
        FieldPanel("body"),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("non_accessible_content")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")


class PrivacyNoticePage(PortalPage):
    """The privacy notice (GDPR articles 13 and 14) of the portal's personal data."""

    controller = RichTextField(_("controller"), features=["bold", "link"],
                               help_text=_("Name and contact details of the controller."))
    contact_person = RichTextField(_("contact person for the register"), blank=True,
                                   features=["bold", "link"])
    data_protection_officer = RichTextField(_("data protection officer"),
                                            features=["bold", "link"])
    updated_on = models.DateField(_("last updated on"))
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("controller"),
        FieldPanel("contact_person"),
        FieldPanel("data_protection_officer"),
        FieldPanel("updated_on"),
        FieldPanel("body"),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/privacy_notice_page.html"

    class Meta:
        verbose_name = _("privacy notice")
