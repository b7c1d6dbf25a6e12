"""The supplier's side of pilot calls, under /<language>/pilots/."""

from django.urls import path

from .supplier import views as supplier_views

app_name = "pilots"

urlpatterns = [
    path("calls/<int:call_id>/propose/", supplier_views.create, name="create"),
    path("proposals/", supplier_views.my_proposals, name="mine"),
    path("proposals/<uuid:public_id>/", supplier_views.detail, name="detail"),
    path("proposals/<uuid:public_id>/edit/", supplier_views.edit, name="edit"),
    path("proposals/<uuid:public_id>/send/", supplier_views.submit, name="submit"),
    path("proposals/<uuid:public_id>/withdraw/", supplier_views.withdraw, name="withdraw"),
    path("proposals/<uuid:public_id>/attachments/<int:pk>/", supplier_views.attachment,
         name="attachment"),
]
