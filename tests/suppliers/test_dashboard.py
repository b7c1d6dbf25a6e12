"""My page: the user's organisations and a place for everything they follow or take part in."""

import pytest
from django.urls import reverse
from django.utils import translation

from suppliers.dashboard import SECTIONS

pytestmark = pytest.mark.django_db

# Session, user, memberships, the acting organisation's interests, the user's alerts, the
# user's event registrations, the user's organisations' pilot proposals, the list of pilot
# calls, the site and the user's permissions.
QUERIES = 11


def url(language="fi"):
    with translation.override(language):
        return reverse("suppliers:dashboard")


def test_a_new_user_is_told_how_to_start(client, make_user):
    client.force_login(make_user())
    html = client.get(url("en")).content.decode()
    assert "You do not belong to any organisation yet" in html
    for section in SECTIONS.values():
        assert f'id="dashboard-{section.key}"' in html


def test_the_page_lists_only_the_users_own_organisations(
        client, make_user, make_organisation):
    user = make_user()
    make_organisation(user, name="Oma Hoiva Oy")
    make_organisation(make_user(), name="Vieras Hoiva Oy")
    client.force_login(user)
    html = client.get(url()).content.decode()
    assert "Oma Hoiva Oy" in html and "Vieras Hoiva Oy" not in html


@pytest.mark.parametrize("count", [1, 4])
def test_the_page_takes_the_same_queries_for_any_number_of_organisations(
        client, make_user, make_organisation, django_assert_num_queries, count):
    user = make_user()
    for number in range(count):
        make_organisation(user, name=f"Organisaatio {number}")
    client.force_login(user)
    client.get(url())  # warm the site's caches
    with django_assert_num_queries(QUERIES):
        response = client.get(url())
    assert response.content.decode().count('<li class="card">') == count


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_sections_link_to_its_full_list_has_a_name_of_its_own(language):
    """The link's whole text names what it lists ("All my event registrations"): one
    string in each language, nothing hidden added after a line break."""
    from django.template.loader import render_to_string

    names = set()
    with translation.override(language):
        for section in SECTIONS.values():
            html = render_to_string(section.template, {
                "section": section, "items": [{"title": "x", "url": "/x/"}],
                "more_url": "/all/"})
            assert f'<a href="/all/">{section.more_text}</a>' in html
            assert "visually-hidden" not in html
            names.add(str(section.more_text))
    assert len(names) == len(SECTIONS)
    with translation.override("en"):
        assert str(SECTIONS["events"].more_text) == "All my event registrations"
