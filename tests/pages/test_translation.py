"""Staff translate a page with wagtail-localize, the way the admin's "Translate" action does."""

import pytest
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from portal.pages.models import StandardPage
from tests.factories import home_page

pytestmark = pytest.mark.django_db

SWEDISH = {
    "Hankintakalenteri 2027": "Upphandlingskalender 2027",
    "Tulevat hankinnat osa-alueineen.": "Kommande upphandlingar med delområden.",
    "Kalenteri päivitetään kuukausittain.": "Kalendern uppdateras varje månad.",
    "Milloin kalenteri päivitetään?": "När uppdateras kalendern?",
    "Kuukauden alussa.": "I början av månaden.",
}


def test_a_page_translated_with_wagtail_localize_is_served_in_swedish(
    client, django_capture_on_commit_callbacks
):
    home = home_page("fi")
    page = StandardPage(
        title="Hankintakalenteri 2027", slug="hankintakalenteri-2027",
        intro="Tulevat hankinnat osa-alueineen.",
        body=[
            ("paragraph", RichText("<p>Kalenteri päivitetään kuukausittain.</p>")),
            ("accordion", {"heading": "", "items": [
                {"question": "Milloin kalenteri päivitetään?",
                 "answer": RichText("<p>Kuukauden alussa.</p>")}]}),
        ],
    )
    home.add_child(instance=page)
    page.save_revision().publish()

    swedish_locale = Locale.objects.get(language_code="sv")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=swedish_locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "slug":
            entry.msgstr = "upphandlingskalender-2027"
        else:
            entry.msgstr = SWEDISH.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        translation.save_target(publish=True)

    swedish_page = page.get_translation(swedish_locale)
    assert swedish_page.url == "/sv/upphandlingskalender-2027/"
    html = client.get(swedish_page.url).content.decode()
    assert '<html lang="sv">' in html
    for text in SWEDISH.values():
        assert text in html
    assert "Hankintakalenteri" not in html.split("</header>")[1].split("<footer")[0]

    finnish_html = client.get(page.url).content.decode()
    assert 'href="/sv/upphandlingskalender-2027/"' in finnish_html
