"""Pages to search for, made as staff make them: published (or not) under the home page."""

from django.test import TestCase
from wagtail.models import PageViewRestriction

from portal.pages.models import StandardPage
from tests import factories

_numbers = iter(range(1, 100000))


def indexing():
    """Run the indexing tasks queued on commit at once: a test's transaction never commits."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def make_page(title, body_text="", *, language="fi", publish=True, intro=""):
    with indexing():
        return _make_page(title, body_text, language=language, publish=publish, intro=intro)


def _make_page(title, body_text, *, language, publish, intro):
    home = factories.home_page(language)
    number = next(_numbers)
    page = StandardPage(title=title, slug=f"hakutesti-{number}", intro=intro, live=publish,
                        body=[("paragraph", f"<p>{body_text}</p>")] if body_text else [])
    home.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def restrict(page):
    with indexing():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    return page


def build_site(tenders=1, pages=0):
    """A site to search, indexed: home pages in Finnish, Swedish and English, `tenders` home
    care tenders (two lots each) in the three languages, the first named "Kotihoidon
    tukipalvelut" / "Stödtjänster inom hemvården", and `pages` content pages on services."""
    with indexing():
        for language in ("fi", "sv", "en"):
            factories.home_page(language)
        for number in range(tenders):
            title = "Kotihoidon tukipalvelut" if number == 0 else \
                f"Kotihoidon tukipalvelut, alue {number}"
            tender = factories.TenderPageFactory(
                title=title, intro="Kotihoidon tukipalveluja: ateria-, siivous- ja kauppapalvelut "
                      "kotona asuville.",
                lots=[{"title": "Ateriapalvelu"}, {"title": "Siivous"}])
            factories.translate(tender, "sv", title="Stödtjänster inom hemvården" if number == 0
                                else f"Stödtjänster inom hemvården, område {number}",
                                intro="Stödtjänster inom hemvården: mat-, städ- och "
                                "butikstjänster för dem som bor hemma.")
            factories.translate(tender, "en", title=f"Home care support services {number}")
        for number in range(pages):
            _make_page(f"Palvelut {number}", "Sosiaali- ja terveyspalvelut.", language="fi",
                       publish=True, intro="")
