"""The alert screens under /<language>/supplier/alerts/: my alerts, create, edit, pause,
resume and delete, and the unsubscribe link of the e-mails.

Alerts are personal: another user's alert is 404 on every URL, so that the screens do not
tell which alerts exist.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from portal.taxonomy.labels import taxonomy_labels

from . import domain
from .forms import TAXONOMY_FIELDS, AlertForm, initial_from_calendar
from .mailing import subscription_from_token
from .models import AlertSubscription


def _own_subscription_or_404(request, pk):
    return get_object_or_404(AlertSubscription, pk=pk, user=request.user)


def _criteria(subscription, labels):
    """[(label, [values])] of the criteria the alert has, in the reader's language."""
    criteria = [(_("What"), subscription.get_item_types_display())]
    for name, (kind, _model, _parameter) in TAXONOMY_FIELDS.items():
        terms = getattr(subscription, name).all()
        if terms:
            names = labels[kind]
            values = [f"{term.code} {names.get(term.code, term.name)}" if kind == "cpv"
                      else names.get(term.code, term.name) for term in terms]
            criteria.append((AlertForm.base_fields[name].label, values))
    if subscription.keyword_list:
        criteria.append((_("Keywords"), subscription.keyword_list))
    return criteria


@login_required
def alert_list(request):
    subscriptions = domain.subscriptions_of(request.user) \
        .prefetch_related(*AlertSubscription.TERM_CRITERIA)
    labels = taxonomy_labels(get_language())
    return render(request, "alerts/alert_list.html", {
        "alerts": [{"subscription": subscription, "criteria": _criteria(subscription, labels)}
                   for subscription in subscriptions],
    })


def _form_errors(form, error):
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
def alert_create(request):
    if request.method == "POST":
        form = AlertForm(request.POST)
    else:
        initial = {"language": get_language()}
        if request.GET:
            initial.update(initial_from_calendar(request.GET))
        form = AlertForm(initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            domain.create_subscription(request.user, form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Your alert is saved. We e-mail you when something "
                                        "matches it."))
            return redirect("suppliers:alerts:list")
    return render(request, "alerts/alert_form.html", {"form": form})


@login_required
def alert_edit(request, pk):
    subscription = _own_subscription_or_404(request, pk)
    form = AlertForm(request.POST or None, instance=subscription)
    if request.method == "POST" and form.is_valid():
        try:
            domain.update_subscription(request.user, subscription, form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("The alert is saved."))
            return redirect("suppliers:alerts:list")
    return render(request, "alerts/alert_form.html",
                  {"form": form, "subscription": subscription})


@login_required
def alert_delete(request, pk):
    """GET asks for confirmation, POST deletes."""
    subscription = _own_subscription_or_404(request, pk)
    if request.method == "POST":
        domain.delete_subscription(request.user, subscription)
        messages.success(request, _("The alert is deleted."))
        return redirect("suppliers:alerts:list")
    return render(request, "alerts/alert_confirm_delete.html", {"subscription": subscription})


@login_required
@require_POST
def alert_pause(request, pk):
    domain.set_active(request.user, _own_subscription_or_404(request, pk), False)
    messages.success(request, _("The alert is paused: it sends nothing until you resume it."))
    return redirect("suppliers:alerts:list")


@login_required
@require_POST
def alert_resume(request, pk):
    domain.set_active(request.user, _own_subscription_or_404(request, pk), True)
    messages.success(request, _("The alert is on again."))
    return redirect("suppliers:alerts:list")


# The signed token in the URL is the proof, as in RFC 8058's one-click unsubscribe: a mail
# client POSTs "List-Unsubscribe=One-Click" without cookies, so neither a session nor a CSRF
# token can be asked for. Forging the request needs the token, and all it can do is switch
# one alert off. GET only asks: link scanners of mail servers follow links.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    if request.method == "POST":
        try:
            subscription = domain.unsubscribe(token)
        except ValidationError as error:
            response = render(request, "alerts/unsubscribe.html",
                              {"errors": error.messages}, status=400)
        else:
            response = render(request, "alerts/unsubscribe.html",
                              {"subscription": subscription, "done": True})
    else:
        try:
            subscription = subscription_from_token(token)
        except signing.BadSignature:
            response = render(request, "alerts/unsubscribe.html",
                              {"errors": [domain.INVALID_LINK]}, status=400)
        else:
            response = render(request, "alerts/unsubscribe.html",
                              {"subscription": subscription, "done": subscription is None})
    # The token must not travel on to other sites in a Referer header.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response
