"""Admin panels of the tender editor that show, rather than edit: status and lot warnings."""

from django.urls import reverse
from wagtail.admin.panels import Panel


class TenderStatusPanel(Panel):
    """The current status and notice link, with the way to change them.

    The status is not a form field: it changes through its own action, for every
    translation at once (see domain.change_status).
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "tenders/admin/status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            tender = self.instance
            context["tender"] = tender
            if tender.pk:
                context["change_url"] = reverse("tenders_change_status", args=[tender.pk])
            return context


class LotSizeWarningsPanel(Panel):
    """Warns when a saved lot is too large to be labelled SME-sized, with a hint to split it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "tenders/admin/lot_warnings_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            threshold, large = self.instance.lots_above_sme_threshold()
            context["threshold"] = threshold
            context["large_lots"] = [lot for lot in large if not lot.sme_override]
            context["overridden_lots"] = [lot for lot in large if lot.sme_override]
            return context
