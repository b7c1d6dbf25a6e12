"""Content blocks: the image's alternative text is required, and each block renders."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image

from portal.pages.blocks import ContentStreamBlock, ImageBlock
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def make_image(title="Vaasan palvelutalo"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#003a70").save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name="talo.png"))


def test_image_block_refuses_an_image_without_alternative_text():
    block = ImageBlock()
    value = block.to_python({"image": make_image().id, "alt_text": "", "caption": ""})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "alt_text" in error.value.block_errors


def test_image_block_renders_the_alternative_text_and_caption():
    block = ImageBlock()
    value = block.to_python({"image": make_image().id, "alt_text": "Palvelutalon sisäpiha",
                             "caption": "Kuva: hyvinvointialue"})
    html = block.render(value)
    assert 'alt="Palvelutalon sisäpiha"' in html
    assert "<figcaption>Kuva: hyvinvointialue</figcaption>" in html


def test_a_page_with_every_block_renders(client):
    document = Document.objects.create(title="Hankintasuunnitelma 2027")
    document.file.save("suunnitelma.pdf", io.BytesIO(b"%PDF-1.4 test"), save=True)
    image = make_image()
    page = StandardPageFactory()
    page.body = [
        ("heading", {"text": "Alaotsikko", "level": "h3"}),
        ("paragraph", "<p>Tekstiä <b>lihavoituna</b>.</p>"),
        ("image", {"image": image, "alt_text": "Sisäpiha", "caption": ""}),
        ("documents", {"heading": "Asiakirjat",
                       "documents": [{"document": document, "title": ""}]}),
        ("callout", {"style": "important", "title": "Huomio", "text": "<p>Määräaika.</p>"}),
        ("accordion", {"heading": "Kysymyksiä", "items": [
            {"question": "Kuka voi osallistua?", "answer": "<p>Kaikki tuottajat.</p>"}]}),
        ("contact", {"name": "Anna Esimerkki", "role": "Hankinta-asiantuntija", "unit": "",
                     "phone": "+358 40 123 4567", "email": "anna@example.fi"}),
    ]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<h3>Alaotsikko</h3>" in html
    assert 'alt="Sisäpiha"' in html
    assert "Hankintasuunnitelma 2027" in html and "(PDF" in html
    assert 'class="callout callout--important"' in html
    assert "<summary>Kuka voi osallistua?</summary>" in html
    assert 'href="tel:+358401234567"' in html


def test_stream_block_rejects_an_empty_accordion():
    block = ContentStreamBlock()
    value = block.to_python([{"type": "accordion", "value": {"heading": "", "items": []}}])
    with pytest.raises((StreamBlockValidationError, ValidationError)):
        block.clean(value)
