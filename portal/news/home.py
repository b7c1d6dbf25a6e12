"""The home page's "latest news" section."""

from .models import NewsArticlePage, NewsIndexPage

LATEST_NEWS_COUNT = 3


def latest_news(request, locale):
    articles = (
        NewsArticlePage.objects.live().public().filter(locale=locale)
        .order_by("-date", "-pk")[:LATEST_NEWS_COUNT]
    )
    index_page = NewsIndexPage.objects.live().public().filter(locale=locale).first()
    return articles, index_page.get_url(request) if index_page else None
