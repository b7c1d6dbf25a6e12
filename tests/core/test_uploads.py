"""Staff's uploads checked by content: Wagtail documents (portal.core.document_checks) and
images (Willow reads the image). Suppliers' attachments: tests/pilots/test_attachments.py."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.pilots.supplier_helpers import EXECUTABLE, PDF, SCRIPT, ooxml_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_superuser("dokumentit@hyvaep.fi",
                                                      "dokumentit@hyvaep.fi", "x" * 16)
    client.force_login(user)
    return user


def upload_document(client, name, content):
    return client.post("/admin/documents/add/", {
        "title": "Hankintasuunnitelma", "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content)})


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "content"), [
    ("suunnitelma.pdf", PDF), ("suunnitelma.docx", ooxml_bytes("docx")),
    ("hinnat.xlsx", ooxml_bytes("xlsx")), ("aikataulu.csv", "päivä;asia\n1.2.;haku\n".encode()),
    ("ohje.txt", b"Ohje"), ("kirje.rtf", b"{\\rtf1\\ansi Kirje}"),
])
def test_a_document_whose_content_matches_its_name_is_accepted(client, staff, name, content):
    response = upload_document(client, name, content)
    assert response.status_code == 302, response.content.decode()[:500]
    assert get_document_model().objects.filter(title="Hankintasuunnitelma").exists()


@pytest.mark.parametrize(("name", "content"), [
    ("suunnitelma.pdf", EXECUTABLE),             # a program named as a PDF
    ("suunnitelma.pdf", ooxml_bytes("docx")),    # a Word file named as a PDF
    ("suunnitelma.docx", ooxml_bytes("docx", macros=True)),  # macros
    ("ohje.txt", SCRIPT),                        # a shell script
    ("ohje.txt", b"<html><script>alert(1)</script></html>"),  # a page
    ("aikataulu.csv", b"\xff\xfe\x00\x00binary"),  # not text
    ("kirje.rtf", b"MZ not an rtf"),
])
def test_a_document_whose_content_does_not_match_is_refused(client, staff, name, content):
    response = upload_document(client, name, content)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_document_model().objects.exists()


def test_the_multiple_upload_checks_the_content_too(client, staff):
    response = client.post("/admin/documents/multiple/add/", {
        "files[]": SimpleUploadedFile("suunnitelma.pdf", EXECUTABLE)})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not get_document_model().objects.exists()
    response = client.post("/admin/documents/multiple/add/", {
        "files[]": SimpleUploadedFile("suunnitelma.pdf", PDF)})
    assert response.json()["success"] is True


def test_an_image_is_read_by_its_content(client, staff):
    collection = Collection.get_first_root_node().pk
    refused = client.post("/admin/images/add/", {
        "title": "Kuva", "collection": collection,
        "file": SimpleUploadedFile("kuva.png", EXECUTABLE)})
    assert refused.status_code == 200
    assert refused.context["form"].errors["file"]
    svg = client.post("/admin/images/add/", {
        "title": "Kuva", "collection": collection,
        "file": SimpleUploadedFile("kuva.svg", b'<svg onload="alert(1)"/>')})
    assert svg.context["form"].errors["file"]
    accepted = client.post("/admin/images/add/", {
        "title": "Kuva", "collection": collection,
        "file": SimpleUploadedFile("kuva.png", png_bytes())})
    assert accepted.status_code == 302
    assert get_image_model().objects.filter(title="Kuva").count() == 1
