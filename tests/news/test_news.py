"""News: the index lists articles newest first, paginated, in a fixed number of queries."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from portal.news.models import NEWS_PER_PAGE, NewsArticlePage, NewsIndexPage
from portal.pages.models import HomePage
from tests.conftest import page_in
from tests.pages.test_blocks import make_image

pytestmark = pytest.mark.django_db


def add_articles(index, count):
    for number in range(count):
        article = NewsArticlePage(title=f"Uutinen {number}", slug=f"uutinen-{number}",
                                  date=datetime.date(2026, 1, 1) + datetime.timedelta(number))
        index.add_child(instance=article)
        article.save_revision().publish()


def test_news_index_lists_articles_newest_first(client):
    index = page_in(NewsIndexPage, "fi")
    html = client.get(index.url).content.decode()
    titles = [a.title for a in index.articles()]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    dates = [a.date for a in index.articles()]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("extra_articles", [1, NEWS_PER_PAGE * 2])
def test_news_index_runs_a_fixed_number_of_queries(client, django_assert_num_queries,
                                                   extra_articles):
    index = page_in(NewsIndexPage, "fi")
    add_articles(index, extra_articles)
    client.get(index.url)  # warm Wagtail's per-process caches of sites and locales
    with django_assert_num_queries(10):
        response = client.get(index.url)
    assert response.status_code == 200


def test_news_index_paginates_and_survives_a_bad_page_number(client):
    index = page_in(NewsIndexPage, "fi")
    add_articles(index, NEWS_PER_PAGE + 1)
    first = client.get(index.url).content.decode()
    assert 'rel="next"' in first
    assert client.get(index.url + "?page=2").status_code == 200
    assert client.get(index.url + "?page=x").status_code == 200
    assert client.get(index.url + "?page=999").status_code == 200


def test_home_page_shows_the_latest_news_of_its_own_language(client):
    sv_home = page_in(HomePage, "sv")
    # Made here, newer than any of the demo's: a Finnish article the Swedish home must not
    # show, and a Swedish one it must.
    finnish = NewsArticlePage(title="Vain suomeksi julkaistu uutinen", slug="vain-suomeksi",
                              date=datetime.date(2030, 1, 2))
    page_in(NewsIndexPage, "fi").add_child(instance=finnish)
    finnish.save_revision().publish()
    swedish = NewsArticlePage(title="Nyhet publicerad på svenska", slug="pa-svenska",
                              date=datetime.date(2030, 1, 2))
    page_in(NewsIndexPage, "sv").add_child(instance=swedish)
    swedish.save_revision().publish()
    html = client.get(sv_home.url).content.decode()
    latest_sv = NewsArticlePage.objects.live().filter(locale=sv_home.locale).order_by("-date")
    assert latest_sv.first().title == swedish.title and swedish.title in html
    assert finnish.title not in html
    for article in NewsArticlePage.objects.live().filter(locale__language_code="fi"):
        assert article.title not in html or article.title in {a.title for a in latest_sv}


def test_news_image_needs_alternative_text():
    article = page_in(NewsArticlePage, "fi")
    article.image = make_image()
    article.image_alt = ""
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "image_alt" in error.value.message_dict
