"""The anonymous page cache: what it keeps, what it never keeps, and that publishing clears it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import resolve

from portal.core.page_cache import HIT_HEADER, PageCacheMiddleware, generation
from portal.tenders.models import TenderPage
from tests.factories import ServiceAreaFactory
from tests.tenders.helpers import index_page, make_tender

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_an_anonymous_page_is_served_from_the_cache_the_second_time(client, home_pages):
    url = home_pages["fi"].url
    first = get(client, url)
    second = get(client, url)
    assert first[HIT_HEADER] == "miss"
    assert second[HIT_HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_cached_page_may_be_kept_by_a_proxy_for_a_short_while(client, home_pages, settings):
    settings.PAGE_CACHE_PROXY_SECONDS = 45
    for response in (get(client, home_pages["sv"].url), get(client, home_pages["sv"].url)):
        control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert control == {"public", "max-age=0", "s-maxage=45"}
        assert "cookie" not in response.get("Vary", "").lower()
        assert not response.cookies


def test_a_visitor_never_sees_a_stale_tender_after_its_change_is_published(client):
    tender = make_tender(title="Kotihoidon tukipalvelut 2027")
    listing_url = index_page("fi").url
    assert "Kotihoidon tukipalvelut 2027" in get(client, tender.url).content.decode()
    assert "Kotihoidon tukipalvelut 2027" in get(client, listing_url).content.decode()
    assert get(client, tender.url)[HIT_HEADER] == "hit"

    tender.title = "Kotihoidon tukipalvelut 2028"
    tender.save_revision().publish()

    page, listing = get(client, tender.url), get(client, listing_url)
    assert "Kotihoidon tukipalvelut 2028" in page.content.decode()
    assert "Kotihoidon tukipalvelut 2027" not in page.content.decode()
    assert "Kotihoidon tukipalvelut 2028" in listing.content.decode()
    assert page[HIT_HEADER] == listing[HIT_HEADER] == "miss"


def test_unpublishing_a_tender_takes_it_off_at_once(client):
    tender = make_tender()
    get(client, tender.url)
    TenderPage.objects.get(pk=tender.pk).unpublish()
    assert client.get(tender.url).status_code == 404


def test_a_draft_is_not_shown_until_it_is_published(client):
    tender = make_tender(title="Asumispalvelut, luonnos ennallaan")
    get(client, tender.url)
    tender.title = "Asumispalvelut, uusi luonnos"
    tender.save_revision()
    assert "ennallaan" in get(client, tender.url).content.decode()


def test_a_taxonomy_change_starts_a_new_generation(client):
    term = ServiceAreaFactory()
    before = generation()
    term.name_fi = term.name_fi + " (uusi nimi)"
    term.save()
    assert generation() > before


def test_each_language_and_query_is_kept_apart(client, home_pages):
    fi, sv = get(client, home_pages["fi"].url), get(client, home_pages["sv"].url)
    assert 'lang="fi"' in fi.content.decode() and 'lang="sv"' in sv.content.decode()
    listing = index_page("fi").url
    plain = get(client, listing)
    filtered = get(client, listing + "?service_area=doctor-services")
    assert plain[HIT_HEADER] == filtered[HIT_HEADER] == "miss"
    assert get(client, listing + "?service_area=doctor-services")[HIT_HEADER] == "hit"
    assert 'lang="sv"' in get(client, home_pages["sv"].url).content.decode()


def test_the_search_page_is_cached_per_query(client):
    assert get(client, "/fi/search/?q=kotihoito")[HIT_HEADER] == "miss"
    assert get(client, "/fi/search/?q=kotihoito")[HIT_HEADER] == "hit"
    assert get(client, "/fi/search/?q=asuminen")[HIT_HEADER] == "miss"


def test_a_signed_in_user_is_never_served_from_or_into_the_cache(client, home_pages):
    url = home_pages["fi"].url
    get(client, url)
    user = get_user_model().objects.create_user("cache@example.fi", "cache@example.fi",
                                                "a long enough password")
    client.force_login(user)
    for _ in range(2):
        response = get(client, url)
        assert HIT_HEADER not in response
        assert "private" in response["Cache-Control"]
    assert "cache@example.fi" in response.content.decode() or "Oma sivu" in \
        response.content.decode() or "My page" in response.content.decode()


def test_a_form_with_a_csrf_token_is_not_cached(client):
    response = client.get("/fi/accounts/login/")
    assert HIT_HEADER not in response
    again = client.get("/fi/accounts/login/")
    assert HIT_HEADER not in again


def test_supplier_pages_and_the_admin_are_not_cached(client):
    for url in ("/fi/supplier/", "/admin/", "/healthz"):
        client.get(url)
        assert HIT_HEADER not in client.get(url)


def test_pending_messages_pass_the_cache_by(client, home_pages):
    url = home_pages["fi"].url
    get(client, url)
    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    storage.add(constants.INFO, "Tervetuloa")
    response = HttpResponse()
    storage.update(response)
    client.cookies["messages"] = response.cookies["messages"].value
    assert HIT_HEADER not in get(client, url)


def test_head_is_answered_from_the_cache_without_a_body(client, home_pages):
    url = home_pages["fi"].url
    body = get(client, url).content
    response = client.head(url)
    assert response.status_code == 200
    assert response[HIT_HEADER] == "hit"
    assert response.content == b""
    assert response["Content-Length"] == str(len(body))


def test_post_is_never_answered_from_the_cache(client):
    response = client.post("/fi/search/")
    assert response.status_code == 405
    assert HIT_HEADER not in response


def test_a_response_that_says_private_is_not_kept(rf, settings):
    request = rf.get("/fi/")
    request.resolver_match = resolve("/fi/")
    calls = []

    def view(request):
        calls.append(1)
        response = HttpResponse("oma")
        response["Cache-Control"] = "private"
        return response

    middleware = PageCacheMiddleware(view)
    middleware(request)
    middleware(request)
    assert len(calls) == 2


def test_the_page_view_header_is_kept_so_that_hits_are_counted(rf):
    """portal.metrics counts page views outside the cache from the page's header."""
    calls = []

    def view(request):
        calls.append(1)
        response = HttpResponse("<p>sivu</p>")
        response["X-Portal-Page-View"] = "42"
        return response

    middleware = PageCacheMiddleware(view)
    responses = []
    for _ in range(2):
        request = rf.get("/fi/jokin-sivu/")
        request.resolver_match = resolve("/fi/jokin-sivu/")
        responses.append(middleware(request))
    assert len(calls) == 1
    assert responses[1][HIT_HEADER] == "hit"
    assert responses[1]["X-Portal-Page-View"] == "42"
    assert responses[1].content == b"<p>sivu</p>"


def test_the_cache_middleware_sits_inside_the_page_view_counter(settings):
    middleware = settings.MIDDLEWARE
    cache_at = middleware.index("portal.core.page_cache.PageCacheMiddleware")
    assert cache_at < middleware.index("django.contrib.sessions.middleware.SessionMiddleware")
    assert cache_at > middleware.index("whitenoise.middleware.WhiteNoiseMiddleware")
    counter = "portal.metrics.middleware.PageViewMiddleware"
    if counter in middleware:
        assert middleware.index(counter) < cache_at


@pytest.fixture
def purge_receiver():
    """A proxy's purge endpoint on 127.0.0.1 that records what it is asked to purge."""
    import http.server
    import threading

    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802  (the HTTP method's name)
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", received
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_publishing_purges_the_page_and_the_pages_that_list_it_from_a_proxy(
        purge_receiver, settings, django_capture_on_commit_callbacks, home_pages):
    location, received = purge_receiver
    settings.WAGTAILFRONTENDCACHE = {"proxy": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location}}
    tender = make_tender()
    received.clear()
    tender.title = "Uusi otsikko"
    with django_capture_on_commit_callbacks(execute=True):
        tender.save_revision().publish()
    paths = {path for _host, path in received}
    assert {tender.url, index_page("fi").url, home_pages["fi"].url} <= paths


def test_search_in_reduced_mode_is_not_kept(client, caplog):
    """Elasticsearch configured but down: the database's answer is not cached."""
    import socket

    from django.test import override_settings

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    with override_settings(ELASTICSEARCH_URL=f"http://127.0.0.1:{closed_port}",
                           ELASTICSEARCH_TIMEOUT=0.5):
        for _ in range(2):
            response = get(client, "/fi/search/?q=kotihoito")
            assert HIT_HEADER not in response
            assert "no-cache" in response["Cache-Control"]


def test_views_served_from_the_cache_are_counted(client):
    """The page-view counter (portal.metrics) sits outside the cache and sees every hit."""
    from portal.metrics.models import PageViewDay
    from portal.metrics.pageviews import flush_page_views

    tender = make_tender()
    browser = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    responses = [client.get(tender.url, HTTP_USER_AGENT=browser) for _ in range(3)]
    assert [response[HIT_HEADER] for response in responses] == ["miss", "hit", "hit"]
    assert all("X-Portal-Page-View" not in response for response in responses)
    flush_page_views()
    assert sum(PageViewDay.objects.filter(page=tender).values_list("views", flat=True)) == 3


def test_an_event_page_with_open_registration_is_cached_for_visitors(client):
    from tests.events.helpers import make_event

    event = make_event(title="Kotihoidon markkinavuoropuhelu", capacity=30)
    first = get(client, event.url)
    html = first.content.decode()
    # The visitor follows a link to the form on its own page; the event page sets no cookie.
    assert f'href="/fi/events/{event.pk}/register/"' in html
    assert "csrfmiddlewaretoken" not in html and not first.cookies
    assert first[HIT_HEADER] == "miss"
    second = get(client, event.url)
    assert second[HIT_HEADER] == "hit" and second.content == first.content
    # The form's own page has the token, and is never kept.
    form_page = get(client, f"/fi/events/{event.pk}/register/")
    assert "csrfmiddlewaretoken" in form_page.content.decode()
    assert HIT_HEADER not in form_page


def test_a_registration_is_seen_on_the_cached_event_page_at_once(client):
    from portal.events import domain
    from tests.events.helpers import make_event

    event = make_event(capacity=2)
    assert "2 paikkaa jäljellä" in get(client, event.url).content.decode()
    assert get(client, event.url)[HIT_HEADER] == "hit"
    member = get_user_model().objects.create_user(
        "osallistuja@example.fi", "osallistuja@example.fi", "x" * 16)
    domain.register(event, user=member, name="Osallistuja", email=member.email)
    response = get(client, event.url)
    assert response[HIT_HEADER] == "miss"
    assert "1 paikka jäljellä" in response.content.decode()


def test_a_signed_in_reader_registers_on_the_event_page_itself(client):
    from tests.events.helpers import make_event

    event = make_event(capacity=30)
    client.force_login(get_user_model().objects.create_user("jasen@example.fi",
                                                            "jasen@example.fi", "x" * 16))
    response = get(client, event.url)
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert HIT_HEADER not in response


def test_a_cancelled_event_is_seen_on_its_cached_page_at_once(client):
    from portal.events import domain
    from tests.events.helpers import make_event

    event = make_event(capacity=30)
    get(client, event.url)
    assert get(client, event.url)[HIT_HEADER] == "hit"
    domain.cancel_event(event)
    response = get(client, event.url)
    assert response[HIT_HEADER] == "miss"
    assert "Tämä tapahtuma on peruttu." in response.content.decode()
