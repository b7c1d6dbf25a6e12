"""Supplier organisations in the Wagtail admin: staff list, filter, edit and verify them."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from . import domain
from .enums import OrganisationType, ServiceLanguage, SizeClass
from .models import Organisation


class OrganisationAdminForm(WagtailAdminModelForm):
    service_languages = forms.MultipleChoiceField(
        label=_("Service languages"), choices=ServiceLanguage.choices, required=False,
        widget=forms.CheckboxSelectMultiple)


class OrganisationFilterSet(WagtailFilterSet):
    organisation_type = django_filters.ChoiceFilter(label=_("Type"),
                                                    choices=OrganisationType.choices)
    size = django_filters.ChoiceFilter(label=_("Size"), choices=SizeClass.choices,
                                       method="filter_size")
    verified = django_filters.BooleanFilter(label=_("Verified"))

    class Meta:
        model = Organisation
        fields = ["organisation_type", "verified"]

    def filter_size(self, queryset, name, value):
        return queryset.of_size(value) if value else queryset


class OrganisationEditView(EditView):
    @property
    def header_more_buttons(self):
        """Wagtail's buttons, and those the apps above add to an organisation through the
        `register_organisation_header_buttons` hook, fn(organisation, user) -> buttons (the
        metrics' timeline), so that suppliers imports none of them."""
        buttons = list(super().header_more_buttons)
        for buttons_of in hooks.get_hooks("register_organisation_header_buttons"):
            buttons.extend(buttons_of(self.object, self.request.user))
        return buttons


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    base_form_class = OrganisationAdminForm
    edit_view_class = OrganisationEditView
    icon = "group"
    menu_label = _("Supplier organisations")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "business_id", "organisation_type", "get_size_class_display",
                    "verified"]
    filterset_class = OrganisationFilterSet
    search_fields = ["name", "business_id"]
    ordering = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("business_id"),
        FieldPanel("organisation_type"),
        FieldRowPanel([FieldPanel("headcount_band"), FieldPanel("turnover_band")],
                      heading=_("Size (EU SME definition)")),
        FieldPanel("service_areas"),
        FieldPanel("municipalities"),
        FieldPanel("service_languages"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("website"), FieldPanel("contact_email"),
                         FieldPanel("contact_phone")], heading=_("Contact")),
        FieldPanel("verified"),
    ]


register_snippet(OrganisationViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def date_and_sign_verification(request, instance):
    """The staff member who ticks (or unticks) "verified" is recorded with the time."""
    if isinstance(instance, Organisation):
        domain.record_verification(instance, by=request.user)


@hooks.register("register_log_actions")
def register_supplier_log_actions(actions):
    for action, label, message in [
        ("create", _("Register organisation"), _("Organisation registered")),
        ("edit", _("Edit organisation"), _("Organisation details changed")),
        ("verify", _("Verify organisation"), _("Organisation verification changed")),
        ("request", _("Ask to join"), _("Asked to join")),
        ("approve", _("Approve request to join"), _("Request to join approved")),
        ("decline", _("Decline request to join"), _("Request to join declined")),
        ("invite", _("Invite member"), _("Member invited")),
        ("accept", _("Accept invitation"), _("Invitation accepted")),
        ("leave", _("Leave organisation"), _("Member left")),
        ("change_role", _("Change member's role"), _("Member's role changed")),
        ("remove", _("Remove member"), _("Member removed")),
    ]:
        actions.register_action(f"suppliers.{action}", label, message)
