"""Service views: health check, robots.txt, the untranslated-page notice and error pages."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template import loader
from django.urls import reverse
from django.utils.translation import get_language, get_language_info
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Page

from .health import portal_health


@never_cache
@require_GET
def healthz(request):
    report = portal_health()
    return JsonResponse(report, status=503 if report["status"] == "down" else 200)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in ("/admin/", "/django-admin/")]
    lines += [f"Disallow: /{code}/accounts/" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def untranslated_page(request, page_id):
    """Tell, in the visitor's language, that the page has no translation in it yet."""
    page = get_object_or_404(Page.objects.live().public().select_related("locale"), id=page_id)
    language = get_language()
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    for translation in translations:
        # The language switch of this very notice links here in every language; where the
        # page exists in that language (or has been translated since), go there.
        if translation.locale.language_code == language:
            return redirect(translation.get_url(request))
    return render(
        request,
        "core/untranslated_page.html",
        {
            "original": page,
            "original_language": get_language_info(page.locale.language_code),
            "other_translations": [t for t in translations if t.id != page.id],
        },
        status=404,
    )


def permission_denied(request, exception, my_page=False):
    """The portal's 403 page (handler403). `my_page` adds a link to the signed-in user's
    own page, for a refusal that a signed-in user reached by following a link."""
    # The reason, when a view gives one, is already in the user's language.
    reason = str(exception) if exception and str(exception) else ""
    return render(request, "403.html", {"exception": reason, "my_page": my_page}, status=403)


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def csrf_failure(request, reason=""):
    """A form sent with a missing or outdated security token (CSRF_FAILURE_VIEW): most often
    a page left open past its session, or a second tab that signed out. Django's own page is
    in English without the portal's header; this one says what to do in the visitor's
    language."""
    return render(request, "403_csrf.html", status=403)


# While the database restarts or fails over, a request fails with one of these: the visitor
# gets "try again shortly" (503 with Retry-After, which proxies and crawlers respect), not
# "something broke" (500).
DATABASE_UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
DATABASE_RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Render the 500 page, or the 503 page when the database cannot be reached, without
    the database: it may be what failed. Called while the error is being handled."""
    context = {"LANGUAGE_CODE": get_language()}
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE_ERRORS):
        response = HttpResponse(loader.get_template("503.html").render(context), status=503)
        response["Retry-After"] = str(DATABASE_RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(loader.get_template("500.html").render(context))
