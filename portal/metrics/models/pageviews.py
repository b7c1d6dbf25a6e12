"""Views of public pages counted per page and Helsinki day (see portal.metrics.pageviews for
how they are counted): only the number of views of a page on a day, nothing about the visitor.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewDay(models.Model):
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"),
                             on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"), help_text=_("The day in Helsinki time."))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views of a day")
        verbose_name_plural = _("page views of days")
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="one_page_view_row_per_day"),
        ]

    def __str__(self):
        return f"{self.page_id} {self.day}: {self.views}"
