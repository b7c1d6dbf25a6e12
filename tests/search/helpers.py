"""Pages to search for, made as staff make them: published (or not) under the home page."""

from django.test import TestCase
from wagtail.models import Locale, PageViewRestriction

from portal.pages.models import HomePage, StandardPage

_numbers = iter(range(1, 100000))


def indexing():
    """Run the indexing tasks queued on commit at once: a test's transaction never commits."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def make_page(title, body_text="", *, language="fi", publish=True, intro=""):
    with indexing():
        return _make_page(title, body_text, language=language, publish=publish, intro=intro)


def _make_page(title, body_text, *, language, publish, intro):
    home = HomePage.objects.get(depth=2, locale=Locale.objects.get(language_code=language))
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
