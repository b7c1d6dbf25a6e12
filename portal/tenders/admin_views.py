"""The admin's "change status" screen of a tender."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import domain
from .enums import TenderStatus
from .models import TenderPage


class ChangeStatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"), required=False)
    notice_url = forms.URLField(
        label=gettext_lazy("Official contract notice"), required=False, max_length=500,
        assume_scheme="https",
        help_text=gettext_lazy("Required when the procurement opens for tenders."))

    def __init__(self, *args, tender, **kwargs):
        super().__init__(*args, **kwargs)
        self.tender = tender
        self.fields["status"].choices = [
            ("", _("Keep “%(status)s”") % {"status": tender.get_status_display()}),
            *[(status.value, status.label) for status in domain.allowed_statuses(tender)],
        ]
        self.fields["notice_url"].initial = tender.notice_url


def change_status(request, page_id):
    tender = get_object_or_404(TenderPage, pk=page_id)
    if not tender.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    form = ChangeStatusForm(request.POST or None, tender=tender)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["status"]:
                domain.change_status(tender, form.cleaned_data["status"], user=request.user,
                                     notice_url=form.cleaned_data["notice_url"])
            else:
                domain.update_notice(tender, form.cleaned_data["notice_url"],
                                     user=request.user)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error("status", error.messages)
        else:
            messages.success(request, _("“%(title)s” is now “%(status)s”.") % {
                "title": tender.title, "status": TenderStatus(tender.status).label})
            return redirect(reverse("wagtailadmin_pages:edit", args=[tender.pk]))
    title = _("Change status")
    return TemplateResponse(request, "tenders/admin/change_status.html", {
        "tender": tender, "form": form, "page_title": title,
        "header_title": f"{title}: {tender.title}", "page_subtitle": tender.title,
        "header_icon": "calendar",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_explore", args=[tender.get_parent().pk]),
             "label": tender.get_parent().title},
            {"url": reverse("wagtailadmin_pages:edit", args=[tender.pk]), "label": tender.title},
            {"url": "", "label": title},
        ],
    })
