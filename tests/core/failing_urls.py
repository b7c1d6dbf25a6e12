"""A URL configuration with a view that fails, to see the localised 500 page."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def fail(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = i18n_patterns(path("fail/", fail), prefix_default_language=True)
urlpatterns += portal_urlpatterns
handler500 = "portal.core.views.server_error"
handler404 = "portal.core.views.page_not_found"
