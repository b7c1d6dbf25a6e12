"""The calendar's open data at stable, language-independent URLs."""

from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .ocds import release_package


@require_GET
@cache_control(max_age=300, public=True)
def ocds_release_package(request):
    response = JsonResponse(release_package(request), json_dumps_params={"ensure_ascii": False})
    # Open data: anyone's harvester may read it from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response
