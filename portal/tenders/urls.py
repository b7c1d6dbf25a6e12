"""URLs of the tender calendar outside the page tree."""

from django.urls import path

from . import opendata

urlpatterns = [
    path("open-data/ocds/release-package.json", opendata.ocds_release_package,
         name="tenders_ocds"),
]
