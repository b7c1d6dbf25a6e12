"""URLs of the supplier's interests, under /<language>/supplier/."""

from django.urls import path

from . import views

app_name = "interests"

urlpatterns = [
    path("interests/", views.my_interests, name="mine"),
    path("interest/<int:page_id>/", views.interest_form, name="form"),
    path("interest/<int:page_id>/withdraw/", views.withdraw, name="withdraw"),
]
