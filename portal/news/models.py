"""News: an index per language and the articles under it."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.working_days import WorkingDayDates
from portal.pages.blocks import ContentStreamBlock
from portal.pages.models import PortalPage

NEWS_PER_PAGE = 10


class NewsIndexPage(PortalPage):
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return (
            NewsArticlePage.objects.child_of(self).live().public()
            .select_related("image").order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.articles(), NEWS_PER_PAGE)
        try:
            articles = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            articles = paginator.page(1)
        context["articles"] = articles
        return context


class NewsArticlePage(WorkingDayDates, PortalPage):
    working_day_fields = ("date",)

    date = models.DateField(_("date"), default=timezone.localdate)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("alternative text of the image"), max_length=300, blank=True,
        help_text=_("Required when an image is chosen: describe what it shows."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("body"),
                     index.FilterField("date")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/news_article_page.html"

    class Meta:
        verbose_name = _("news article")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Write an alternative text for the image.")}
            )
