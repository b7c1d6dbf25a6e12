"""Seeds the demo site (pages.yaml): home, content pages, statements and news; safe to run again.

Finnish pages are created first and the Swedish and English ones as their translations
(same translation key), the way staff would translate them. Pages that exist already are
left as they are, so running the seed again never overwrites what staff have edited.
"""

import datetime
import json
import uuid
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from portal.core.dates import format_date, previous_working_day
from portal.core.models import FooterLink, OrganisationDetails
from portal.demo.content import LANGUAGES, load
from portal.demo.loader.dates import call_days
from portal.news.models import NewsArticlePage, NewsIndexPage
from portal.pages.models import (
    AccessibilityStatementPage,
    HomePage,
    PrivacyNoticePage,
    StandardPage,
)

CONTENT = load("pages")


def mailbox(address, language):
    """The shared mailbox `address` under its name in `language`: Swedish pages show the
    Swedish name of the county's shared mailboxes."""
    return CONTENT["swedish_mailboxes"].get(address, address) if language == "sv" else address


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def stream(blocks):
    """StreamField raw data from the (block type, value) pairs of the demo content."""
    raw = []
    for block_type, value in blocks:
        if block_type == "accordion":
            value = {**value, "items": [{"type": "item", "id": str(uuid.uuid4()), "value": item}
                                        for item in value["items"]]}
        raw.append({"type": block_type, "id": str(uuid.uuid4()), "value": value})
    return json.dumps(raw)


def _fields(texts, extra=None):
    fields = dict(texts)
    if "body" in fields:
        fields["body"] = stream(fields["body"])
    return {**fields, **(extra or {})}


def _publish(page):
    page.save_revision().publish()
    return page


def ensure_page(parent, model, texts_by_language, extra=None):
    """The page under `parent` in every language, creating what is missing."""
    fi = texts_by_language["fi"]
    source = (model.objects.child_of(parent)
              .filter(slug=fi["slug"], locale=Locale.get_default()).first())
    if source is None:
        source = model(**_fields(fi, extra))
        parent.add_child(instance=source)
        _publish(source)
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        if source.get_translation_or_none(locale) is None:
            # Built directly rather than with copy_for_translation(), whose copy would keep
            # the Finnish slug until it is changed (and leave a redirect behind).
            translation = model(locale=locale, translation_key=source.translation_key,
                                **_fields(texts_by_language[language], extra))
            parent_translation = parent if parent.depth == 1 else parent.get_translation(locale)
            parent_translation.add_child(instance=translation)
            _publish(translation)
    return source


def ensure_home():
    root = Page.get_first_root_node()
    if not HomePage.objects.filter(depth=2).exists():
        # Wagtail's installation leaves a "Welcome" page where our home page belongs.
        for welcome in Page.objects.filter(depth=2, content_type__model="page"):
            welcome.delete()
    # Slugs of the root's children are unique across languages; a home page's slug never
    # shows in a URL, the language prefix does.
    home = ensure_page(root, HomePage, {
        language: {"slug": "home" if language == "fi" else f"home-{language}",
                   **CONTENT["home"][language]}
        for language in LANGUAGES
    })
    # Absolute URLs (hreflang, sitemap, e-mails) come from the site's hostname and port: take
    # them from the portal's base URL, unless staff have already set the site up themselves.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname=base_url.hostname, port=port)
    elif (site.hostname, site.port) == ("localhost", 80):  # as Wagtail's installation left it
        site.hostname, site.port = base_url.hostname, port
    site.root_page = home
    site.site_name = CONTENT["organisation"]["fi"]["portal_name"]
    site.save()
    return home


def _translations(page):
    return {language: page.get_translation(Locale.objects.get(language_code=language))
            for language in LANGUAGES}


def ensure_content_pages(parent, specs):
    pages = []
    for spec in specs:
        page = ensure_page(parent, StandardPage, {lang: spec[lang] for lang in LANGUAGES},
                           extra={"show_in_menus": parent.depth == 2})
        ensure_content_pages(page, spec.get("children", []))
        pages.append(page)
    return pages


def ensure_organisation(accessibility, privacy):
    fi_locale = Locale.get_default()
    source = OrganisationDetails.objects.filter(locale=fi_locale).first()
    translation_key = source.translation_key if source else None
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        if OrganisationDetails.objects.filter(locale=locale).exists():
            continue
        details = OrganisationDetails(locale=locale, **CONTENT["organisation"][language])
        if translation_key:
            details.translation_key = translation_key
        details.footer_links = [
            FooterLink(page=pages[language], sort_order=order)
            for order, pages in enumerate((_translations(accessibility), _translations(privacy)))
        ]
        details.save()
        translation_key = details.translation_key


def _article(article):
    """A news article's texts by language and its date. An article announcing a demo pilot
    call is dated six weeks before the call opens and names the call's days, which are
    counted from the day the demo is seeded."""
    texts = {language: article[language] for language in LANGUAGES}
    if "pilot_call" not in article:
        return texts, datetime.date.fromisoformat(article["date"])
    opens, deadline = call_days(article["pilot_call"])
    for language in LANGUAGES:
        days = {"opens": format_date(opens, language), "deadline": format_date(deadline, language)}
        texts[language] = {**texts[language], "intro": texts[language]["intro"].format(**days)}
    return texts, previous_working_day(opens - datetime.timedelta(weeks=6))


def seed_site(stdout):
    ensure_locales()
    home = ensure_home()
    ensure_content_pages(home, CONTENT["content_pages"])
    news_index = ensure_page(home, NewsIndexPage, CONTENT["news_index"],
                             extra={"show_in_menus": True})
    for article in CONTENT["news"]:
        texts, day = _article(article)
        ensure_page(news_index, NewsArticlePage, texts, extra={"date": day})
    today = datetime.date(2026, 11, 1)
    accessibility = ensure_page(
        home, AccessibilityStatementPage,
        {language: {**texts, "feedback_email": mailbox("saavutettavuus@example.fi", language)}
         for language, texts in CONTENT["accessibility"].items()},
        extra={"compliance_status": "partially", "assessment_method": "self",
               "prepared_on": today, "reviewed_on": today})
    privacy = ensure_page(home, PrivacyNoticePage, CONTENT["privacy"], extra={"updated_on": today})
    ensure_organisation(accessibility, privacy)
    pages = Page.objects.filter(depth__gte=2).count()
    stdout.write(f"Site: {pages} pages in {len(LANGUAGES)} languages.")
