"""URLs of event registration, under /<language>/events/."""

from django.urls import path

from . import registration_views as views

app_name = "events"

urlpatterns = [
    path("<int:page_id>/register/", views.register, name="register"),
    path("registration/<int:pk>/<str:action>/<str:token>/", views.link, name="link"),
    path("my-registrations/", views.mine, name="mine"),
    path("my-registrations/<int:pk>/cancel/", views.act_on_mine,
         {"action": "cancel"}, name="cancel"),
    path("my-registrations/<int:pk>/accept/", views.act_on_mine,
         {"action": "accept"}, name="accept"),
]
