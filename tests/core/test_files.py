"""What a file is, read from its bytes by portal.core.files (filetype for the format, the zip's
own index for office documents, olefile for legacy .doc and .xls). The refusals suppliers
and staff see are tested with their forms: tests/pilots/test_attachments.py and
tests/core/test_uploads.py. These tests pin down where the libraries read a file otherwise
than the hand-written checks they replaced."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from portal.core import files
from tests.pilots.supplier_helpers import ELF, EXECUTABLE, PDF, SCRIPT, ole_bytes, upload


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def code_of(content, name="liite"):
    with pytest.raises(ValidationError) as error:
        files.detect_type(upload(name, content))
    return error.value.code


def key_of(content, name="liite"):
    return files.detect_type(upload(name, content)).key


@pytest.mark.parametrize("content", [EXECUTABLE, ELF, SCRIPT, b"\xca\xfe\xba\xbe\x00\x00",
                                     b"\xef\xbb\xbf  <script>alert(1)</script>"])
def test_programs_and_scripts_are_recognised(content):
    assert files.is_executable(content)
    assert code_of(content) == "executable"


def test_documents_are_not_taken_for_programs():
    assert not files.is_executable(PDF)
    assert not files.is_executable(b"")
    assert not files.is_executable("päivä;asia\n".encode())


def test_a_pdf_after_a_byte_order_mark_is_a_pdf():
    # filetype skips a UTF-8 byte-order mark before "%PDF"; PDF readers do too.
    assert key_of(b"\xef\xbb\xbf" + PDF) == "pdf"


def test_an_animated_png_is_a_png():
    buffer = io.BytesIO()
    frames = [Image.new("RGB", (4, 4), colour) for colour in ("white", "black")]
    frames[0].save(buffer, "PNG", save_all=True, append_images=frames[1:])
    assert key_of(buffer.getvalue()) == "png"


def test_a_png_is_recognised_by_the_start_of_its_signature():
    # filetype reads the first four bytes of PNG's eight-byte signature.
    assert key_of(b"\x89PNG" + b"\x00" * 64) == "png"


def test_an_empty_zip_is_refused_as_a_zip():
    # filetype knows the end-of-archive record that starts an empty zip; it used to be
    # refused as an unknown type, and is now refused as a zip.
    assert code_of(b"PK\x05\x06" + b"\x00" * 18) == "zip"


def test_a_truncated_elf_header_is_refused_as_an_unknown_type():
    # filetype recognises an ELF program from 53 bytes on; fewer cannot be one, and are
    # refused as content of no accepted type.
    assert code_of(ELF[:40]) == "type"


def test_a_legacy_document_is_read_from_its_directory():
    assert key_of(ole_bytes("WordDocument")) == "doc"
    assert key_of(ole_bytes("Workbook")) == "xls"
    assert key_of(ole_bytes("Book")) == "xls"
    assert code_of(ole_bytes("WordDocument", "Macros")) == "type"
    assert code_of(ole_bytes("Workbook", "VBA", inside="_VBA_PROJECT_CUR")) == "type"


def test_a_word_stream_inside_a_storage_does_not_make_a_word_document():
    # Word keeps its document at the top of the file; one found only inside a storage (an
    # embedded object, say) used to be accepted and no longer is.
    assert code_of(ole_bytes("WordDocument", inside="ObjectPool")) == "type"


def test_entries_the_directory_tree_does_not_reach_are_not_read():
    # The hand-written parser listed every directory entry; olefile walks the directory's
    # tree as Office does, so entries reachable from nowhere count for nothing.
    assert code_of(ole_bytes("WordDocument", linked=False)) == "type"


def test_a_short_file_with_the_ole_signature_is_not_read_as_one():
    assert code_of(ole_bytes("WordDocument")[:1000]) == "type"
