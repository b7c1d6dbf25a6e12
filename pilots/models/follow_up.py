"""What happens to an accepted proposal: the pilot's progress, its milestones and its result,
which staff may publish on the call page (one summary per language)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..enums import PilotProgress


class PilotFollowUp(models.Model):
    proposal = models.OneToOneField("pilots.Proposal", on_delete=models.CASCADE,
                                    related_name="follow_up", verbose_name=_("proposal"))
    progress = models.CharField(_("status"), max_length=12, choices=PilotProgress.choices,
                                default=PilotProgress.ON_TRACK)
    percent_done = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    starts = models.DateField(_("pilot starts"), null=True, blank=True)
    ends = models.DateField(_("pilot ends"), null=True, blank=True)
    # {"fi": "...", "sv": "...", "en": "..."}: each language's page shows its own summary only.
    result_summary = models.JSONField(_("result summary"), default=dict, blank=True)
    result_published = models.BooleanField(_("result published on the call page"),
                                           default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("pilot follow-up")
        verbose_name_plural = _("pilot follow-ups")

    def __str__(self):
        return str(self.proposal)

    def summary_in(self, language):
        return (self.result_summary or {}).get(language, "")


class PilotMilestone(models.Model):
    follow_up = models.ForeignKey(PilotFollowUp, on_delete=models.CASCADE,
                                  related_name="milestones")
    title = models.CharField(_("milestone"), max_length=200)
    due = models.DateField(_("due"))
    done_on = models.DateField(_("done"), null=True, blank=True)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due", "pk"]

    def __str__(self):
        return self.title
