"""The user's own pages: "My page" and their personal data (download, account deletion)."""

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import personal_data
from .acting import SESSION_KEY
from .dashboard import dashboard_sections
from .enums import PENDING_STATES, MembershipStatus
from .forms import DeleteAccountForm
from .models import Membership


@login_required
def dashboard(request):
    memberships = list(
        Membership.objects.filter(user=request.user)
        .exclude(status=MembershipStatus.LEFT)
        .select_related("organisation").order_by("organisation__name"))
    active = [m for m in memberships if m.status == MembershipStatus.ACTIVE]
    chosen = request.session.get(SESSION_KEY)
    acting = next((m.organisation for m in active if m.organisation_id == chosen),
                  active[0].organisation if active else None)
    return render(request, "suppliers/dashboard.html", {
        "active_memberships": active,
        "pending_count": sum(m.status in PENDING_STATES for m in memberships),
        "acting": acting,
        "sections": dashboard_sections(request, acting),
    })


@login_required
def personal_data_page(request):
    return render(request, "suppliers/personal_data.html", {
        "form": DeleteAccountForm(),
        "blocking": personal_data.organisations_left_without_admin(request.user),
    })


@never_cache
@login_required
@reauthentication_required
def download_data(request):
    now = timezone.now()
    response = HttpResponse(personal_data.export_json(request.user, now=now),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="my-data-{timezone.localdate(now).isoformat()}.json"')
    return response


@never_cache
@login_required
@reauthentication_required
def delete_account(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        language = get_language()
        try:
            personal_data.delete_account(request.user, request)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Your account and personal data have been deleted."))
            return redirect(f"/{language}/")
    return render(request, "suppliers/delete_account.html", {
        "form": form,
        "blocking": personal_data.organisations_left_without_admin(request.user),
        "left_empty": personal_data.organisations_left_without_members(request.user),
    })
