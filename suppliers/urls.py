"""URLs of the supplier screens, under /<language>/supplier/."""

from django.urls import include, path

from . import account_views, views

app_name = "suppliers"

urlpatterns = [
    path("", account_views.dashboard, name="dashboard"),
    path("my-data/", account_views.personal_data_page, name="personal_data"),
    path("my-data/download/", account_views.download_data, name="download_data"),
    path("my-data/delete-account/", account_views.delete_account, name="delete_account"),
    path("organisations/", views.my_organisations, name="my_organisations"),
    path("new/", views.create_organisation, name="create"),
    path("act-for/", views.switch_organisation, name="act_for"),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
    path("<int:pk>/", views.organisation_detail, name="detail"),
    path("<int:pk>/edit/", views.organisation_edit, name="edit"),
    path("<int:pk>/members/", views.members, name="members"),
    path("<int:pk>/members/invite/", views.invite, name="invite"),
    path("<int:pk>/members/<int:membership_id>/approve/", views.approve, name="approve"),
    path("<int:pk>/members/<int:membership_id>/decline/", views.decline, name="decline"),
    path("<int:pk>/members/<int:membership_id>/role/", views.change_role, name="change_role"),
    path("<int:pk>/members/<int:membership_id>/remove/", views.remove, name="remove"),
    path("<int:pk>/leave/", views.leave, name="leave"),
    path("", include("suppliers.interests.urls")),
    path("alerts/", include("suppliers.alerts.urls")),
]
