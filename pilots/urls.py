"""The supplier's side of pilot calls, under /<language>/pilots/."""

from django.urls import path

from . import supplier_views

app_name = "pilots"

urlpatterns = [
    path("calls/<int:call_id>/propose/", supplier_views.create, name="create"),
    path("proposals/<uuid:public_id>/", supplier_views.detail, name="detail"),
]
