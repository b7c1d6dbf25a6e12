"""Supplier organisations in the Wagtail admin: staff filter them and verify them."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("staff@example.fi", "staff@example.fi",
                                                      "x" * 16)


def test_staff_filter_organisations_by_type_size_and_verification(
        client, staff, make_organisation):
    make_organisation(name="Pieni Oy", headcount_band="micro", turnover_band="micro")
    make_organisation(name="Iso Oy", headcount_band="large", turnover_band="large")
    client.force_login(staff)
    index = reverse("wagtailsnippets_suppliers_organisation:list")
    html = client.get(index, {"size": "micro", "verified": "false",
                              "organisation_type": "company"}).content.decode()
    assert "Pieni Oy" in html and "Iso Oy" not in html


def test_ticking_verified_in_the_admin_dates_and_signs_the_verification(
        client, staff, make_organisation):
    organisation = make_organisation(name="Pieni Oy")
    client.force_login(staff)
    edit = reverse("wagtailsnippets_suppliers_organisation:edit", args=[organisation.pk])
    response = client.post(edit, {
        "name": "Pieni Oy", "business_id": organisation.business_id,
        "organisation_type": "company", "headcount_band": "", "turnover_band": "",
        "description": "", "website": "", "contact_email": "", "contact_phone": "",
        "verified": "on"})
    assert response.status_code == 302, response.content.decode()[:3000]
    organisation.refresh_from_db()
    assert organisation.verified and organisation.verified_by == staff
    assert organisation.verified_at is not None
