"""Attachment checks: what a file is is read from its bytes, its name must match, and names,
sizes and programs that do not belong in a proposal are refused with a clear message."""

import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from pilots import attachments

from .supplier_helpers import (
    ELF,
    EXECUTABLE,
    PDF,
    SCRIPT,
    image_bytes,
    odf_bytes,
    ole_bytes,
    ooxml_bytes,
    plain_zip_bytes,
    remove_stored_files,  # noqa: F401  (a fixture)
    upload,
)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def refusal(name, content, *, raw_name=None):
    with pytest.raises(ValidationError) as error:
        attachments.check_upload(upload(name, content), name=raw_name)
    return " ".join(error.value.messages)


@pytest.mark.parametrize(("name", "content", "key", "content_type"), [
    ("suunnitelma.pdf", PDF, "pdf", "application/pdf"),
    ("Suunnitelma.PDF", PDF, "pdf", "application/pdf"),
    ("kuvaus.docx", ooxml_bytes("docx"), "docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("budjetti.xlsx", ooxml_bytes("xlsx"), "xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("esitys.pptx", ooxml_bytes("pptx"), "pptx",
     "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ("kuvaus.odt", odf_bytes(), "odt", "application/vnd.oasis.opendocument.text"),
    ("budjetti.ods", odf_bytes("application/vnd.oasis.opendocument.spreadsheet"), "ods",
     "application/vnd.oasis.opendocument.spreadsheet"),
    ("esitys.odp", odf_bytes("application/vnd.oasis.opendocument.presentation"), "odp",
     "application/vnd.oasis.opendocument.presentation"),
    ("vanha.doc", ole_bytes("WordDocument"), "doc", "application/msword"),
    ("vanha.xls", ole_bytes("Workbook"), "xls", "application/vnd.ms-excel"),
    ("kaavio.png", image_bytes("PNG"), "png", "image/png"),
    ("valokuva.jpg", image_bytes("JPEG"), "jpeg", "image/jpeg"),
    ("valokuva.jpeg", image_bytes("JPEG"), "jpeg", "image/jpeg"),
    ("Åland – käyttäjäkysely 2027.pdf", PDF, "pdf", "application/pdf"),
])
def test_documents_and_images_are_accepted(name, content, key, content_type):
    checked = attachments.check_upload(upload(name, content, "text/plain"))
    assert checked.file_type.key == key
    # The type stored is the one read from the content, not the one the browser sent.
    assert checked.file_type.content_type == content_type
    assert checked.filename == name
    assert checked.size == len(content)
    assert checked.sha256 == hashlib.sha256(content).hexdigest()


@pytest.mark.parametrize("content", [EXECUTABLE, ELF, SCRIPT,
                                     b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 64])
def test_a_program_renamed_as_a_document_is_refused(content):
    message = refusal("tarjous.pdf", content)
    assert "tarjous.pdf" in message
    assert "program or a script" in message


def test_a_windows_program_is_refused_whatever_its_name():
    for name in ("kuva.png", "kuvaus.docx", "ohjelma.exe", "vanha.doc"):
        assert "program or a script" in refusal(name, EXECUTABLE)


def test_a_plain_zip_renamed_docx_is_refused():
    message = refusal("kuvaus.docx", plain_zip_bytes())
    assert "zip archive" in message


def test_an_office_file_with_macros_is_refused():
    assert "macros" in refusal("kuvaus.docx", ooxml_bytes("docm"))
    assert "macros" in refusal("kuvaus.docx", ooxml_bytes("docx", macros=True))
    # A legacy document carrying macros, and an OLE2 file that is no Word or Excel file
    # (an installer package, say).
    assert "not of a type we accept" in refusal("vanha.doc", ole_bytes("WordDocument",
                                                                       "Macros"))
    assert "not of a type we accept" in refusal("asennus.doc", ole_bytes("SummaryInformation"))


def test_a_damaged_ole_file_is_refused():
    content = bytearray(ole_bytes("WordDocument"))
    content[0x30:0x34] = b"\x40\x00\x00\x00"  # the directory in a sector that does not exist
    assert "not of a type we accept" in refusal("vanha.doc", bytes(content))


@pytest.mark.parametrize(("name", "content"), [
    ("kaavio.pdf", image_bytes("PNG")),
    ("suunnitelma.docx", PDF),
    ("kuvaus.xlsx", ooxml_bytes("docx")),
    ("kuvaus.odt", ooxml_bytes("docx")),
    ("valokuva.png", image_bytes("JPEG")),
    ("vanha.xls", ole_bytes("WordDocument")),
    ("suunnitelma", PDF),
])
def test_an_extension_that_does_not_match_the_content_is_refused(name, content):
    assert "Save it with the right ending" in refusal(name, content)


@pytest.mark.parametrize("content", [b"Just some text", b"<html><script>alert(1)</script>",
                                     b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                                     b"GIF89a\x01\x00"])
def test_other_content_is_refused(content):
    message = refusal("liite.pdf", content)
    assert "not of a type we accept" in message or "program or a script" in message


def test_an_oversized_file_is_refused(settings):
    content = PDF + b"0" * (attachments.DEFAULT_MAX_BYTES - len(PDF) + 1)
    assert "too large" in refusal("iso.pdf", content)
    attachments.check_upload(upload("juuri-sopiva.pdf", content[:-1]))
    settings.PILOT_ATTACHMENT_MAX_BYTES = 1000
    message = refusal("iso.pdf", PDF + b"0" * 1000)
    assert "too large" in message and "1000" in message


def test_an_empty_file_is_refused():
    assert "empty" in refusal("tyhja.pdf", b"")


@pytest.mark.parametrize("name", ["../x.pdf", "a/b.pdf", "C:\\x.pdf", "..\\..\\x.pdf",
                                  "/etc/passwd.pdf", "x..pdf"])
def test_a_path_in_the_file_name_is_refused(name):
    assert "folder path" in refusal("x.pdf", PDF, raw_name=name)


@pytest.mark.parametrize("name", ["raportti\u202efdp.exe.pdf", "rivi\nvaihto.pdf",
                                  "nolla\x00.pdf", "tab\t.pdf"])
def test_control_and_direction_characters_in_the_name_are_refused(name):
    message = refusal("x.pdf", PDF, raw_name=name)
    assert "characters that are not allowed" in message
    # The refused name is shown without its control characters.
    assert "\x00" not in message and "\u202e" not in message


def test_a_too_long_or_hidden_name_is_refused():
    assert "too long" in refusal("x.pdf", PDF, raw_name="a" * 147 + ".pdf")
    attachments.check_upload(upload("x.pdf", PDF), name="a" * 146 + ".pdf")
    assert "must not start with a dot" in refusal("x.pdf", PDF, raw_name=".pdf")
    assert "no name" in refusal("x.pdf", PDF, raw_name="  ")


def test_a_refusal_names_the_file_in_any_language():
    with translation.override("fi"):
        message = refusal("tarjous.pdf", EXECUTABLE)
    assert message.startswith("tarjous.pdf: ")


@pytest.mark.django_db
def test_a_stored_attachment_is_served_as_a_download(
        admin_and_organisation, remove_stored_files):  # noqa: F811
    from .helpers import make_call, make_proposal

    admin, organisation = admin_and_organisation
    proposal = make_proposal(make_call(), organisation, admin)
    checked = attachments.check_upload(upload("Kaavio 1.png", image_bytes("PNG")))
    attachment = attachments.store(proposal, checked, by=admin)
    attachment.refresh_from_db()
    # Stored under a random name, apart from the supplier's own name.
    assert "Kaavio" not in attachment.file.name
    assert attachment.file.name.startswith(f"pilots/proposals/{proposal.public_id}/")
    assert (attachment.content_type, attachment.size, attachment.uploaded_by) == \
        ("image/png", checked.size, admin)
    assert attachment.sha256 == checked.sha256

    response = attachments.attachment_response(attachment)
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "Kaavio 1.png" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == image_bytes("PNG")
    # Not response.close(): outside a request it would end the test's database connection.
    response.file_to_stream.close()
