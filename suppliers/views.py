"""The supplier screens: my organisations, registering one, its details and its members.

A user who is not an active member of an organisation gets 404 for every one of its URLs,
so that the screens do not tell who is registered; a member doing an admin's work gets 403.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.taxonomy.labels import taxonomy_labels

from . import domain
from .acting import SESSION_KEY, act_for, acting_organisation
from .enums import PENDING_STATES, MembershipStatus
from .forms import InviteForm, OrganisationEditForm, OrganisationForm, RoleForm
from .models import Membership, Organisation


def _membership_or_404(request, pk):
    membership = Membership.objects.active().select_related("organisation") \
        .filter(user=request.user, organisation_id=pk).first()
    if membership is None:
        raise Http404
    return membership


def _admin_membership(request, pk):
    membership = _membership_or_404(request, pk)
    if not membership.is_admin:
        raise PermissionDenied(_("Only the organisation's admins can do this."))
    return membership


def _error_messages(request, error):
    for message in error.messages:
        messages.error(request, message)


@login_required
def my_organisations(request):
    memberships = list(
        Membership.objects.filter(user=request.user)
        .exclude(status=MembershipStatus.LEFT)
        .select_related("organisation").order_by("organisation__name"))
    active = [m for m in memberships if m.status == MembershipStatus.ACTIVE]
    acting = None
    if active:
        chosen = request.session.get(SESSION_KEY)
        acting = next((m.organisation for m in active if m.organisation_id == chosen),
                      active[0].organisation)
    return render(request, "suppliers/my_organisations.html", {
        "active_memberships": active,
        "pending_memberships": [m for m in memberships if m.status in PENDING_STATES],
        "acting": acting,
        "next": request.GET.get("next", ""),
    })


@login_required
@require_POST
def switch_organisation(request):
    try:
        organisation = Organisation.objects.get(pk=int(request.POST.get("organisation", "")))
        act_for(request, organisation)
    except (ValueError, Organisation.DoesNotExist, PermissionDenied):
        raise Http404 from None
    messages.success(request, _("You now act for %(organisation)s.")
                     % {"organisation": organisation.name})
    # Back to the page the user came to switch from (a tender, their interests), if ours.
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect("suppliers:my_organisations")


@login_required
def create_organisation(request):
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            organisation, membership = domain.create_organisation(request.user,
                                                                  form.cleaned_data)
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
        else:
            if membership.status == MembershipStatus.ACTIVE:
                act_for(request, organisation)
                messages.success(request, _("%(organisation)s is registered, and you are its "
                                            "admin.") % {"organisation": organisation.name})
                return redirect("suppliers:detail", organisation.pk)
            messages.info(request, _(
                "An organisation with business ID %(business_id)s is already registered. We "
                "have asked its admins to let you join; you will see it here once they do.")
                % {"business_id": organisation.business_id})
            return redirect("suppliers:my_organisations")
    return render(request, "suppliers/organisation_form.html", {"form": form})


@login_required
def organisation_detail(request, pk):
    membership = _membership_or_404(request, pk)
    organisation = Organisation.objects.prefetch_related("service_areas", "municipalities") \
        .get(pk=pk)
    labels = taxonomy_labels(get_language())
    return render(request, "suppliers/organisation_detail.html", {
        "organisation": organisation, "membership": membership,
        "service_areas": [labels["service_area"].get(term.code, term.name)
                          for term in organisation.service_areas.all()],
        "municipalities": [labels["municipality"].get(term.code, term.name)
                           for term in organisation.municipalities.all()],
        "acting": acting_organisation(request),
    })


@login_required
def organisation_edit(request, pk):
    membership = _admin_membership(request, pk)
    organisation = membership.organisation
    form = OrganisationEditForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            domain.update_organisation(request.user, organisation, form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The organisation's details are saved."))
            return redirect("suppliers:detail", organisation.pk)
    return render(request, "suppliers/organisation_form.html",
                  {"form": form, "organisation": organisation})


@login_required
def members(request, pk):
    membership = _membership_or_404(request, pk)
    organisation = membership.organisation
    others = list(organisation.memberships.exclude(status=MembershipStatus.LEFT)
                  .select_related("user").order_by("user__email"))
    return render(request, "suppliers/members.html", {
        "organisation": organisation, "membership": membership,
        "active_members": [m for m in others if m.status == MembershipStatus.ACTIVE],
        "requests": [m for m in others if m.status == MembershipStatus.REQUESTED],
        "invited": [m for m in others if m.status == MembershipStatus.INVITED],
        "invite_form": InviteForm(), "role_form": RoleForm(),
    })


def _member_action(request, pk, membership_id, action, success, *args):
    """Run an admin's action on one membership of the organisation, then show the members."""
    admin = _admin_membership(request, pk)
    target = get_object_or_404(Membership.objects.select_related("organisation", "user"),
                               pk=membership_id, organisation=admin.organisation)
    try:
        action(request.user, target, *args)
    except ValidationError as error:
        _error_messages(request, error)
    else:
        messages.success(request, success % {"email": target.user.email})
    return redirect("suppliers:members", pk)


@login_required
@require_POST
def invite(request, pk):
    admin = _admin_membership(request, pk)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            domain.invite(request.user, admin.organisation, form.cleaned_data["email"])
        except ValidationError as error:
            _error_messages(request, error)
        else:
            messages.success(request, _("An invitation was sent to %(email)s.")
                             % {"email": form.cleaned_data["email"]})
    else:
        for error in form.errors.get("email", []):
            messages.error(request, error)
    return redirect("suppliers:members", pk)


@login_required
@require_POST
def approve(request, pk, membership_id):
    return _member_action(request, pk, membership_id, domain.approve_request,
                          _("%(email)s is now a member."))


@login_required
@require_POST
def decline(request, pk, membership_id):
    return _member_action(request, pk, membership_id, domain.decline_request,
                          _("The request of %(email)s was declined."))


@login_required
@require_POST
def change_role(request, pk, membership_id):
    form = RoleForm(request.POST)
    if not form.is_valid():
        _admin_membership(request, pk)
        messages.error(request, _("Choose a role."))
        return redirect("suppliers:members", pk)
    return _member_action(request, pk, membership_id, domain.change_role,
                          _("The role of %(email)s was changed."), form.cleaned_data["role"])


@login_required
@require_POST
def remove(request, pk, membership_id):
    return _member_action(request, pk, membership_id, domain.remove_member,
                          _("%(email)s was removed from the organisation."))


@login_required
@require_POST
def leave(request, pk):
    membership = _membership_or_404(request, pk)
    try:
        domain.leave(request.user, membership.organisation)
    except ValidationError as error:
        _error_messages(request, error)
        return redirect("suppliers:members", pk)
    if request.session.get(SESSION_KEY) == membership.organisation_id:
        del request.session[SESSION_KEY]
    messages.success(request, _("You left %(organisation)s.")
                     % {"organisation": membership.organisation.name})
    return redirect("suppliers:my_organisations")


@login_required
def invitation(request, token):
    """The invitation link: GET shows what is offered, POST accepts it."""
    try:
        organisation, email = domain.read_invitation(token)
    except ValidationError as error:
        return render(request, "suppliers/invitation.html", {"errors": error.messages},
                      status=400)
    if request.method == "POST":
        try:
            domain.accept_invitation(request.user, token)
        except PermissionDenied as error:
            return render(request, "suppliers/invitation.html",
                          {"errors": [str(error)], "organisation": organisation}, status=403)
        except ValidationError as error:
            _error_messages(request, error)
            return redirect("suppliers:my_organisations")
        act_for(request, organisation)
        messages.success(request, _("You are now a member of %(organisation)s.")
                         % {"organisation": organisation.name})
        return redirect("suppliers:detail", organisation.pk)
    return render(request, "suppliers/invitation.html",
                  {"organisation": organisation, "email": email})
