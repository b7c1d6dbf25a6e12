"""Pages served from the kept route (portal/core/routing.py): fewer queries, and every change
to the page tree seen on the next request."""

import pytest
from wagtail.models import PageViewRestriction

from portal.pages.models import StandardPage
from tests.factories import StandardPageFactory, home_page
from tests.tenders.helpers import index_page, make_tender

pytestmark = pytest.mark.django_db


def _page(**fields):
    return StandardPageFactory(parent=home_page(), **fields)


def test_a_kept_route_serves_the_page_with_fewer_queries(client, django_assert_max_num_queries):
    page = _page(title="Markkinavuoropuhelu", slug="markkinavuoropuhelu")
    client.get(page.url)  # finds the page by walking the tree, and keeps the route
    with django_assert_max_num_queries(6):
        response = client.get(page.url)
    assert response.status_code == 200
    assert "Markkinavuoropuhelu" in response.content.decode()


def test_a_new_slug_is_followed_on_the_next_request(client):
    page = _page(slug="vanha-osoite")
    old_url = page.url
    assert client.get(old_url).status_code == 200
    page.slug = "uusi-osoite"
    page.save_revision().publish()
    page.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert client.get(page.url).status_code == 200


def test_an_unpublished_page_is_gone_on_the_next_request(client):
    page = _page(slug="poistuva")
    url = page.url
    assert client.get(url).status_code == 200
    page.unpublish()
    assert client.get(url).status_code == 404


def test_a_page_made_private_is_refused_on_the_next_request(client):
    page = _page(slug="yksityinen")
    url = page.url
    assert client.get(url).status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(url)
    assert response.status_code == 302 and "next=" in response["Location"]


def test_a_moved_page_answers_at_its_new_address(client):
    parent = _page(slug="ensimmainen")
    other = _page(slug="toinen")
    child = StandardPageFactory(parent=parent, slug="siirrettava")
    old_url = child.url
    assert client.get(old_url).status_code == 200
    child.move(other, pos="last-child")
    child = StandardPage.objects.get(pk=child.pk)
    # The old address leads to the new one (the redirect Wagtail makes on a move).
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == child.url
    assert client.get(child.url).status_code == 200


def test_an_unknown_path_stays_404(client):
    assert client.get("/fi/ei-ole-olemassa/").status_code == 404
    assert client.get("/fi/ei-ole-olemassa/").status_code == 404


def test_a_routable_page_serves_its_routes_from_a_kept_route(client):
    tender = make_tender(title="Reitin hankinta")
    index = index_page()
    for _ in range(2):  # the second time from the kept route
        assert "Reitin hankinta" in client.get(index.url).content.decode()
        assert client.get(index.url + "feed/rss/").status_code == 200
        assert client.get(index.url + "calendar/").status_code == 200
        assert client.get(tender.url).status_code == 200
        assert client.get(index.url + "ei-reittia/").status_code == 404


def test_each_language_keeps_its_own_route(client):
    finnish = client.get("/fi/")
    swedish = client.get("/sv/")
    assert finnish.status_code == swedish.status_code == 200
    assert client.get("/sv/").content.decode().count('lang="sv"') >= 1
    assert client.get("/fi/").content.decode().count('lang="fi"') >= 1
