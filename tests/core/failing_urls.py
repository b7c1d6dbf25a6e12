"""A URL configuration with views that fail, to see the localised 500 and 503 pages."""

from django.conf.urls.i18n import i18n_patterns
from django.db import OperationalError
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def fail(request):
    raise RuntimeError("deliberate failure for the 500 page test")


def database_down(request):
    raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: refused")


urlpatterns = i18n_patterns(path("fail/", fail), path("database-down/", database_down),
                            prefix_default_language=True)
urlpatterns += portal_urlpatterns
handler500 = "portal.core.views.server_error"
handler404 = "portal.core.views.page_not_found"
