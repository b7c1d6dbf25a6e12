"""Alert subscriptions (hakuvahti / bevakning), the item changes sent to them and the matches.

A subscription belongs to one user: alerts are personal, whichever organisation the user
acts for. Its criteria refer to the default language's taxonomy terms, as organisations
and tenders do; an empty criterion means "any".
"""

import re

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .enums import ITEM_TYPE_FIELDS, ChangeReason, Frequency, ItemType

KEYWORD_SEPARATORS = re.compile(r"[,;\n]+")


def split_keywords(text):
    """The keywords of a subscription's keyword field: separated by commas, semicolons or
    line breaks, each kept as a phrase, without repeats (compared without case)."""
    keywords, seen = [], set()
    for keyword in KEYWORD_SEPARATORS.split(text or ""):
        keyword = " ".join(keyword.split())
        if keyword and keyword.casefold() not in seen:
            seen.add(keyword.casefold())
            keywords.append(keyword)
    return keywords


class AlertSubscription(models.Model):
    # The taxonomy criteria, in the order the form and the e-mails show them.
    TERM_CRITERIA = ("service_areas", "municipalities", "contract_types", "cpv_codes")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("subscriber"),
                             on_delete=models.CASCADE, related_name="alert_subscriptions")
    name = models.CharField(_("name"), max_length=100, blank=True,
                            help_text=_("For yourself, for example “Home care in Vaasa”."))
    tenders = models.BooleanField(_("tenders"), default=True)
    events = models.BooleanField(_("events"), default=True)
    pilot_calls = models.BooleanField(_("pilot calls"), default=True)
    service_areas = models.ManyToManyField(
        "taxonomy.ServiceArea", verbose_name=_("service areas"), blank=True,
        related_name="+")
    municipalities = models.ManyToManyField(
        "taxonomy.Municipality", verbose_name=_("municipalities"), blank=True,
        related_name="+")
    contract_types = models.ManyToManyField(
        "taxonomy.ContractType", verbose_name=_("contract types"), blank=True,
        related_name="+")
    cpv_codes = models.ManyToManyField(
        "taxonomy.CPVCode", verbose_name=_("CPV codes"), blank=True,
        related_name="+")
    keywords = models.CharField(_("keywords"), max_length=500, blank=True)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices,
                                 default=Frequency.IMMEDIATE)
    language = models.CharField(_("language of the e-mails"), max_length=8,
                                choices=settings.LANGUAGES)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)
    last_sent_at = models.DateTimeField(_("last sent at"), null=True, blank=True,
                                        editable=False)

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-created_at", "-pk"]
        # No index on `active`: nearly every subscription is active, and such an index
        # only tempts the planner into a nested loop (see tests/benchmarks/alert_matching.py).

    def __str__(self):
        return self.name or str(_("Alert %(number)s") % {"number": self.pk})

    @property
    def keyword_list(self):
        return split_keywords(self.keywords)

    @property
    def item_types(self):
        """The item types chosen; none chosen means every type."""
        return [item_type for item_type, field in ITEM_TYPE_FIELDS.items()
                if getattr(self, field)]

    def get_item_types_display(self):
        return [ItemType(item_type).label for item_type in self.item_types] \
            or [_("Everything")]


class AlertItemChange(models.Model):
    """One published item's change that was sent to subscribers, with what the e-mails
    show of it (title, link and action link per language) as it was then.

    (item_type, item_key, change_key) is unique, so that a matching task run twice for
    the same change records it once.
    """

    item_type = models.CharField(_("type"), max_length=20, choices=ItemType.choices)
    item_key = models.CharField(_("item"), max_length=64)
    change_key = models.CharField(_("change"), max_length=255)
    reason = models.CharField(_("reason"), max_length=10, choices=ChangeReason.choices)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    titles = models.JSONField(_("titles"), default=dict)
    summaries = models.JSONField(_("summaries"), default=dict, blank=True)
    urls = models.JSONField(_("links"), default=dict)
    action_urls = models.JSONField(_("action links"), default=dict, blank=True)
    occurred_at = models.DateTimeField(_("occurred at"), default=timezone.now)

    class Meta:
        verbose_name = _("alerted change")
        verbose_name_plural = _("alerted changes")
        constraints = [
            models.UniqueConstraint(fields=["item_type", "item_key", "change_key"],
                                    name="unique_alert_item_change"),
        ]

    def __str__(self):
        return f"{self.item_type} {self.item_key}: {self.change_key}"

    def in_language(self, language):
        """{title, summary, url, action_url, language} in `language` when the item has it,
        else in the default language, else in any it has."""
        for candidate in (language, settings.LANGUAGE_CODE, *self.titles):
            if candidate in self.titles:
                return {"title": self.titles[candidate],
                        "summary": self.summaries.get(candidate, ""),
                        "url": self.urls.get(candidate, ""),
                        "action_url": self.action_urls.get(candidate, ""),
                        "language": candidate}
        return {"title": "", "summary": "", "url": "", "action_url": "", "language": language}


class AlertMatch(models.Model):
    """An item change that matched a subscription; sent at once or in the weekly digest."""

    subscription = models.ForeignKey(AlertSubscription, verbose_name=_("alert"),
                                     on_delete=models.CASCADE, related_name="matches")
    change = models.ForeignKey(AlertItemChange, verbose_name=_("change"),
                               on_delete=models.CASCADE, related_name="matches")
    matched_at = models.DateTimeField(_("matched at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    email = models.ForeignKey("notifications.OutboundEmail", verbose_name=_("e-mail"),
                              null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+")

    class Meta:
        verbose_name = _("alert match")
        verbose_name_plural = _("alert matches")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "change"],
                                    name="unique_alert_match"),
        ]
        indexes = [models.Index(fields=["subscription", "sent_at"],
                                name="alerts_match_unsent_idx")]

    def __str__(self):
        return f"{self.subscription_id} ← {self.change}"
