"""Staff see a tender's interests per lot with counts, export them, and need the permission."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission
from openpyxl import load_workbook

from suppliers.interests import domain
from suppliers.interests.models import TenderInterest
from tests.suppliers.interests.conftest import lots_of
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db


@pytest.fixture
def interests(tender, member, make_user, make_organisation):
    """Two organisations interested: a micro company in lots 1 and 2, a verified large
    association only following; lot 3 has no interest."""
    user, organisation = member
    organisation.headcount_band = organisation.turnover_band = "micro"
    organisation.save()
    lots = lots_of(tender)
    domain.register_interest(user, organisation, tender, mode="consortium",
                             lot_keys=[lots[1].translation_key, lots[2].translation_key],
                             capacity="=HYPERLINK(\"http://evil\")", questions="Kesto?")
    other_user = make_user()
    other = make_organisation(other_user, name="Hyvinvointiyhdistys ry",
                              organisation_type="association", headcount_band="large",
                              turnover_band="small", verified=True)
    domain.register_interest(other_user, other, tender, mode="following")
    return organisation, other


def staff_user(django_user_model, *codenames):
    user = django_user_model.objects.create_user("kasittelija", "k@example.fi", "x" * 16,
                                                 is_staff=True)
    group = Group.objects.create(name="Procurement unit")
    group.permissions.add(Permission.objects.get(codename="access_admin"),
                          *Permission.objects.filter(codename__in=codenames))
    user.groups.add(group)
    return user


def report_url(tender, suffix=""):
    return f"/admin/tenders/{tender.pk}/interests/{suffix}"


def test_staff_see_interests_per_lot_with_counts(admin_client, tender, interests):
    response = admin_client.get(report_url(tender))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hoivapalvelu Oy" in html and "Hyvinvointiyhdistys ry" in html
    assert "Kesto?" in html
    assert html.count('class="interests-none"') == 2  # lot 3 in both count tables
    report = response.context["report"]
    assert report.whole.count == 2
    assert [section.count for section in report.sections] == [1, 1, 0]
    assert report.whole.by_size == {"micro": 1, "small": 0, "medium": 0, "large": 1, "": 0}
    assert report.whole.by_type["association"] == 1 and report.whole.by_type["company"] == 1
    assert [lot.number for lot in report.lots_without_interest] == [3]


def test_the_csv_export_has_a_row_per_interest_and_no_formulas(admin_client, tender,
                                                                 interests):
    response = admin_client.get(report_url(tender, "csv/"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, company, association = rows
    assert len(rows) == 3
    assert company[0] == "Hoivapalvelu Oy" and association[0] == "Hyvinvointiyhdistys ry"
    row = dict(zip(header, company, strict=True))
    assert company[7] == "1, 2"
    assert company[8:11] == ["x", "x", ""]
    assert any(value.startswith("'=HYPERLINK") for value in company)
    assert not any(value.startswith("=") for value in row.values())


def test_the_xlsx_export_has_interests_and_a_summary(admin_client, tender, interests):
    response = admin_client.get(report_url(tender, "xlsx/"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content))
    interests_sheet, summary = workbook.worksheets
    rows = list(interests_sheet.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[1][0] == "Hoivapalvelu Oy"
    assert all(cell.data_type != "f" for row in interests_sheet.iter_rows() for cell in row)
    summary_rows = list(summary.iter_rows(values_only=True))
    assert [row[1] for row in summary_rows[1:]] == [2, 1, 1, 0]


def test_staff_without_the_permission_are_refused(client, django_user_model, tender,
                                                  interests):
    client.force_login(staff_user(django_user_model))
    for suffix in ("", "csv/", "xlsx/"):
        assert client.get(report_url(tender, suffix)).status_code == 403
    # Followed to the end: refused, or Wagtail's "no permission" back on the admin's home.
    response = client.get("/admin/interests/", follow=True)
    assert response.status_code == 403 or (
        response.status_code == 200 and response.request["PATH_INFO"] == "/admin/"), \
        response.redirect_chain
    html = client.get(f"/admin/pages/{tender.pk}/edit/").content.decode()
    assert report_url(tender) not in html


def test_staff_with_the_permission_see_the_report_and_the_button(
        client, django_user_model, tender, interests):
    user = staff_user(django_user_model, "view_tenderinterest")
    client.force_login(user)
    for suffix in ("", "csv/", "xlsx/"):
        assert client.get(report_url(tender, suffix)).status_code == 200
    assert client.get("/admin/interests/").status_code == 200


def test_the_tender_page_has_an_interest_button_for_staff(admin_client, tender):
    html = admin_client.get(f"/admin/pages/{tender.pk}/edit/").content.decode()
    assert report_url(tender) in html


def test_staff_list_and_filter_every_interest(admin_client, tender, interests):
    organisation, other = interests
    other_tender = make_tender(title="Toinen hankinta")
    user = organisation.memberships.get().user
    domain.register_interest(user, organisation, other_tender, mode="following")
    html = admin_client.get("/admin/interests/").content.decode()
    # Once in the tender filter's choices and once in the list's "Tender" column.
    assert html.count("Kotihoidon tukipalvelut") >= 2 and html.count("Toinen hankinta") >= 2
    response = admin_client.get(
        f"/admin/interests/?tender_key={other_tender.translation_key}")
    assert [row.organisation for row in response.context["object_list"]] == [organisation]
    response = admin_client.get(f"/admin/interests/?organisation={other.pk}")
    assert [row.organisation for row in response.context["object_list"]] == [other]
    response = admin_client.get("/admin/interests/?status=withdrawn")
    assert list(response.context["object_list"]) == []
    interest = TenderInterest.objects.filter(organisation=organisation).first()
    assert admin_client.get(f"/admin/interests/inspect/{interest.pk}/").status_code == 200
    assert admin_client.get(f"/admin/interests/edit/{interest.pk}/").status_code == 302


@pytest.mark.parametrize("count", [1, 3])
def test_the_report_takes_the_same_queries_for_any_number_of_interests(
        admin_client, tender, make_user, make_organisation, django_assert_num_queries, count):
    lots = lots_of(tender)
    for number in range(count):
        user = make_user()
        organisation = make_organisation(user, name=f"Yritys {number}")
        domain.register_interest(user, organisation, tender, mode="alone",
                                 lot_keys=[lots[1].translation_key])
    admin_client.get(report_url(tender))
    with django_assert_num_queries(12):
        admin_client.get(report_url(tender))


def test_the_page_listing_offers_the_report_in_the_more_menu(admin_client, tender):
    html = admin_client.get(f"/admin/pages/{tender.get_parent().pk}/").content.decode()
    assert report_url(tender) in html


def test_wagtails_staff_groups_may_read_interest_out_of_the_box():
    from django.contrib.auth.models import Group

    for name in ("Editors", "Moderators"):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="view_tenderinterest").exists(), name


def set_admin_language(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize(("language", "titles"), [
    ("en", ["Organisation", "Business ID"]),
    ("sv", ["Organisation", "FO-nummer"]),
    ("fi", ["Organisaatio", "Y-tunnus"]),
])
def test_the_exports_are_in_the_staff_members_admin_language(
        client, django_user_model, tender, interests, language, titles):
    user = staff_user(django_user_model, "view_tenderinterest")
    set_admin_language(user, language)
    client.force_login(user)
    # The browser asks for another language: the admin's own language wins.
    other = "fi" if language != "fi" else "en"
    response = client.get(report_url(tender, "csv/"), HTTP_ACCEPT_LANGUAGE=other)
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[:2] == titles
    workbook = load_workbook(io.BytesIO(client.get(report_url(tender, "xlsx/"),
                                                   HTTP_ACCEPT_LANGUAGE=other).content))
    assert [cell.value for cell in workbook.worksheets[0][1]][:2] == titles


def test_without_an_admin_language_the_exports_follow_the_browsers(
        client, django_user_model, tender, interests):
    client.force_login(staff_user(django_user_model, "view_tenderinterest"))
    response = client.get(report_url(tender, "csv/"), HTTP_ACCEPT_LANGUAGE="en")
    assert next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[0] == \
        "Organisation"
    response = client.get(report_url(tender, "csv/"), HTTP_ACCEPT_LANGUAGE="fi")
    assert next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[0] == \
        "Organisaatio"
