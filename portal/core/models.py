"""The organisation's details and footer, one translatable record per language."""

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin


class OrganisationDetails(TranslatableMixin, ClusterableModel):
    """Who runs the portal and how to reach them: shown in the header and footer.

    A snippet rather than a Wagtail site setting because settings cannot be translated and
    the organisation's name and address differ between Finnish and Swedish.
    """

    name = models.CharField(_("organisation name"), max_length=200)
    portal_name = models.CharField(
        _("portal name"), max_length=200,
        help_text=_("Shown beside the organisation name in the header."),
    )
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    post_office = models.CharField(_("post office"), max_length=100, blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    business_id = models.CharField(_("business ID"), max_length=9, blank=True)
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])

    panels = [
        FieldPanel("name"),
        FieldPanel("portal_name"),
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldPanel("postal_code"), FieldPanel("post_office"),
             FieldPanel("phone"), FieldPanel("email"), FieldPanel("business_id")],
            heading=_("Contact details"),
        ),
        FieldPanel("footer_text"),
        InlinePanel("footer_links", label=_("Footer links")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation details")
        verbose_name_plural = _("organisation details")

    def __str__(self):
        return self.name

    @classmethod
    def for_active_locale(cls):
        """The record in the visitor's language, else the default language's, else None."""
        links = Prefetch("footer_links",
                         FooterLink.objects.select_related("page", "page__locale"))
        records = {
            record.locale.language_code: record
            for record in cls.objects.select_related("locale").prefetch_related(links)
        }
        return records.get(get_language()) or records.get(settings.LANGUAGE_CODE)

    @classmethod
    def portal_names(cls, languages):
        """{language: the portal's name} for the languages that have a record; one query."""
        return dict(cls.objects.filter(locale__language_code__in=languages)
                    .values_list("locale__language_code", "portal_name"))


class FooterLink(Orderable):
    details = ParentalKey(OrganisationDetails, on_delete=models.CASCADE,
                          related_name="footer_links")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("page"))
    title = models.CharField(_("link text"), max_length=100, blank=True,
                             help_text=_("Leave empty to use the page title."))

    panels = [FieldPanel("page"), FieldPanel("title")]

    @property
    def text(self):
        return self.title or self.page.title
