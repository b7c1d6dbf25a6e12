"""URL configuration: unprefixed service URLs, then everything else under /fi/, /sv/, /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.core import admin_access, routing
from portal.core import views as core_views
from portal.core.sitemap import sitemap_view

urlpatterns = [
    # Before Wagtail's own login view, which would skip the second factor.
    path("admin/login/", admin_access.admin_login, name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The ESP's tracking webhooks (/anymail/<esp>/tracking/); anymail checks their secret.
    path("anymail/", include("anymail.urls")),
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("", include("portal.tenders.urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("supplier/", include("suppliers.urls")),
    path("events/", include("portal.events.urls")),
    path("search/", include("search.urls")),
    path("pilots/", include("pilots.urls")),
    path(
        "untranslated/<int:page_id>/",
        core_views.untranslated_page,
        name="untranslated_page",
    ),
    # Before Wagtail's own sign-in for private pages, which would skip the second factor.
    path("_util/login/", admin_access.frontend_login, name="frontend_login_redirect"),
    # Wagtail's views for private pages, then its page serving, with the page of a path kept
    # between requests (core/routing.py).
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler403 = "portal.core.views.permission_denied"
handler404 = "portal.core.views.page_not_found"
handler500 = "portal.core.views.server_error"
