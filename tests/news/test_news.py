"""News: the index lists articles newest first, paginated, in a fixed number of queries."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from portal.news.models import NEWS_PER_PAGE, NewsArticlePage, NewsIndexPage
from tests.factories import NewsArticlePageFactory, home_page, index_page
from tests.pages.test_blocks import make_image

pytestmark = pytest.mark.django_db


def add_articles(index, count):
    for number in range(count):
        NewsArticlePageFactory(parent=index, title=f"Uutinen {number}",
                               date=datetime.date(2026, 1, 1) + datetime.timedelta(number))


def test_news_index_lists_articles_newest_first(client):
    index = index_page(NewsIndexPage, "fi")
    days = (datetime.date(2031, 3, 3), datetime.date(2031, 5, 5), datetime.date(2031, 1, 6))
    made = {day: NewsArticlePageFactory(parent=index, title=f"Uutinen {day}", date=day).title
            for day in days}
    newest_first = [made[day] for day in sorted(days, reverse=True)]
    assert [a.title for a in index.articles() if a.title in newest_first] == newest_first
    html = client.get(index.url).content.decode()
    positions = [html.index(title) for title in newest_first]
    assert positions == sorted(positions)
    dates = [a.date for a in index.articles()]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("extra_articles", [1, NEWS_PER_PAGE * 2])
def test_news_index_runs_a_fixed_number_of_queries(client, django_assert_num_queries,
                                                   extra_articles):
    index = index_page(NewsIndexPage, "fi")
    add_articles(index, extra_articles)
    client.get(index.url)  # warm Wagtail's per-process caches of sites and locales
    with django_assert_num_queries(6):
        response = client.get(index.url)
    assert response.status_code == 200


def test_news_index_paginates_and_survives_a_bad_page_number(client):
    index = index_page(NewsIndexPage, "fi")
    add_articles(index, NEWS_PER_PAGE + 1)
    first = client.get(index.url).content.decode()
    assert 'rel="next"' in first
    assert client.get(index.url + "?page=2").status_code == 200
    assert client.get(index.url + "?page=x").status_code == 200
    assert client.get(index.url + "?page=999").status_code == 200


def test_home_page_shows_the_latest_news_of_its_own_language(client):
    sv_home = home_page("sv")
    # Newer than any other article: a Finnish article the Swedish home must not show, and a
    # Swedish one it must.
    finnish = NewsArticlePageFactory(title="Vain suomeksi julkaistu uutinen",
                                     date=datetime.date(2030, 1, 2))
    swedish = NewsArticlePageFactory(parent=index_page(NewsIndexPage, "sv"),
                                     title="Nyhet publicerad på svenska",
                                     date=datetime.date(2030, 1, 2))
    html = client.get(sv_home.url).content.decode()
    latest_sv = NewsArticlePage.objects.live().filter(locale=sv_home.locale).order_by("-date")
    assert latest_sv.first().title == swedish.title and swedish.title in html
    assert finnish.title not in html
    for article in NewsArticlePage.objects.live().filter(locale__language_code="fi"):
        assert article.title not in html or article.title in {a.title for a in latest_sv}


def test_news_image_needs_alternative_text():
    article = NewsArticlePageFactory()
    article.image = make_image()
    article.image_alt = ""
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "image_alt" in error.value.message_dict
