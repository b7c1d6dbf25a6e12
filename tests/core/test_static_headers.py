"""Static files in production: fingerprinted, compressed and cached for good by browsers."""

import gzip

import pytest
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

from portal.settings import STORAGES as PRODUCTION_STORAGES


@pytest.fixture
def collected(tmp_path, settings):
    """collectstatic of the portal's own files with the production storage."""
    settings.STATIC_ROOT = tmp_path
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
    call_command("collectstatic", "--noinput", "--verbosity", "0")
    return tmp_path


def test_production_uses_the_compressed_manifest_storage():
    # DEBUG is off in the settings module as imported by the tests.
    assert PRODUCTION_STORAGES["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage")


@pytest.mark.django_db  # closing the response ends a "request", which checks the connection
def test_a_fingerprinted_file_is_cached_for_ever_and_served_compressed(collected):
    from django.templatetags.static import static

    with override_settings(DEBUG=False):
        css = sorted((collected / "portal" / "css").glob("*.css"))[0].name.split(".")[0]
        url = static(f"portal/css/{css}.css")
        assert url.count(".") >= 2, url  # name.<hash>.css
        middleware = WhiteNoiseMiddleware(lambda request: pytest.fail("not a static file"))
        request = RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip")
        response = middleware(request)
    body = b"".join(response.streaming_content)
    response.close()
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert response["Content-Encoding"] in {"gzip", "br"}
    assert "Accept-Encoding" in response["Vary"]
    if response["Content-Encoding"] == "gzip":
        assert b"{" in gzip.decompress(body)
