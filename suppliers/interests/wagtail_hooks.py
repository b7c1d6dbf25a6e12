"""Interests in the Wagtail admin: a tender's interest report (button on tender pages) and a
read-only listing of every interest, both behind the `view_tenderinterest` permission."""

import django_filters
from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import ListingButton
from wagtail.permissions import register_permission_policy

from portal.notifications.wagtail_hooks import LimitedActionsPermissionPolicy, NoAddOrEditViewSet
from portal.tenders.models import TenderPage
from suppliers.models import Organisation

from . import admin_views
from .enums import InterestStatus, ParticipationMode
from .models import TenderInterest

register_permission_policy(
    TenderInterest, LimitedActionsPermissionPolicy(TenderInterest, {"view"}), exact_class=True)


@hooks.register("register_admin_urls")
def register_interest_admin_urls():
    return [
        path("tenders/<int:page_id>/interests/", admin_views.tender_interests,
             name="interests_tender_report"),
        path("tenders/<int:page_id>/interests/csv/", admin_views.tender_interests_csv,
             name="interests_tender_csv"),
        path("tenders/<int:page_id>/interests/xlsx/", admin_views.tender_interests_xlsx,
             name="interests_tender_xlsx"),
    ]


def _is_tender(page):
    return isinstance(page.specific_deferred, TenderPage)


@hooks.register("register_page_header_buttons")
def interests_header_button(page, user, view_name=None, next_url=None):
    if _is_tender(page) and admin_views.can_view_interests(user):
        yield Button(_("Interest"), reverse("interests_tender_report", args=[page.pk]),
                     icon_name="group", priority=35)


@hooks.register("register_page_listing_more_buttons")
def interests_listing_button(page, user, next_url=None):
    if _is_tender(page) and admin_views.can_view_interests(user):
        yield ListingButton(_("Interest"), reverse("interests_tender_report", args=[page.pk]),
                            icon_name="group", priority=35)


@hooks.register("register_log_actions")
def register_interest_log_actions(actions):
    for action, label, message in [
        ("register", _("Register interest"), _("Interest registered")),
        ("update", _("Change interest"), _("Interest changed")),
        ("withdraw", _("Withdraw interest"), _("Interest withdrawn")),
    ]:
        actions.register_action(f"interests.{action}", label, message)


def _tender_choices():
    return [(str(key), f"{reference} {title}") for key, reference, title in
            TenderPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("reference").values_list("translation_key", "reference", "title")]


class TenderInterestFilterSet(WagtailFilterSet):
    tender_key = django_filters.ChoiceFilter(label=_("Tender"), choices=_tender_choices)
    organisation = django_filters.ModelChoiceFilter(label=_("Organisation"),
                                                    queryset=Organisation.objects.all())
    status = django_filters.ChoiceFilter(label=_("Status"), choices=InterestStatus.choices)
    mode = django_filters.ChoiceFilter(label=_("Participation"),
                                       choices=ParticipationMode.choices)

    class Meta:
        model = TenderInterest
        fields = ["tender_key", "organisation", "status", "mode"]


class TenderInterestIndexView(IndexView):
    def get_base_queryset(self):
        # The tender's title in the default language, in the same query as the interests.
        title = TenderPage.objects.filter(translation_key=OuterRef("tender_key"),
                                          locale__language_code=settings.LANGUAGE_CODE)
        return super().get_base_queryset().select_related("organisation").annotate(
            tender_title=Subquery(title.values("title")[:1]))


class TenderInterestViewSet(NoAddOrEditViewSet):
    model = TenderInterest
    icon = "group"
    menu_label = _("Interest in tenders")
    add_to_settings_menu = False
    add_to_admin_menu = True
    menu_order = 260
    actions = {"view"}
    url_prefix = "interests"
    list_display = ["organisation", Column("tender_title", label=_("Tender")), "mode", "status",
                    "updated_at"]
    list_filter = None
    filterset_class = TenderInterestFilterSet
    search_fields = None
    ordering = ["-updated_at"]
    inspect_view_fields = ["organisation", "tender_key", "mode", "capacity", "questions",
                           "language", "status", "registered_by", "created_at", "updated_at",
                           "withdrawn_at"]

    index_view_class = TenderInterestIndexView


@hooks.register("register_admin_viewset")
def register_interest_viewset():
    return TenderInterestViewSet("tender_interests")
