"""URLs of the alert screens, under /<language>/supplier/alerts/."""

from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_list, name="list"),
    path("new/", views.alert_create, name="create"),
    path("<int:pk>/edit/", views.alert_edit, name="edit"),
    path("<int:pk>/delete/", views.alert_delete, name="delete"),
    path("<int:pk>/pause/", views.alert_pause, name="pause"),
    path("<int:pk>/resume/", views.alert_resume, name="resume"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
