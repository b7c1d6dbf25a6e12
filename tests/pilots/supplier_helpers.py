"""Files and form posts for the supplier's side of proposals: real documents built in memory
(PDF, OOXML, OpenDocument, legacy OLE2, PNG) and the proposal form's fields."""

import io
import struct
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from pilots.answers import question_field_name
from pilots.models import ProposalAttachment

PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
       b"trailer << /Root 1 0 R >>\n%%EOF\n")
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200 + \
    b"This program cannot be run in DOS mode."
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120
SCRIPT = b"#!/bin/sh\nrm -rf ~\n"

OOXML_TYPES = {
    "docx": ("word/document.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "pptx": ("ppt/presentation.xml",
             "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
    "docm": ("word/document.xml",
             "application/vnd.ms-word.document.macroEnabled.main+xml"),
}


def ooxml_bytes(kind="docx", *, macros=False):
    part, content_type = OOXML_TYPES[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'))
        archive.writestr("_rels/.rels", "<Relationships/>")
        archive.writestr(part, "<document/>")
        if macros:
            archive.writestr("word/vbaProject.bin", b"\x00" * 64)
    return buffer.getvalue()


def odf_bytes(mimetype="application/vnd.oasis.opendocument.text"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return buffer.getvalue()


def plain_zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "Hello")
        archive.writestr("setup.exe", EXECUTABLE)
    return buffer.getvalue()


def ole_bytes(*streams, inside=None, linked=True):
    """A minimal OLE2 compound file (512-byte sectors: header, one FAT sector, one
    directory sector) whose directory holds the root and the named streams/storages (at most
    three entries besides the root). With `inside`, the streams sit in a storage of that
    name rather than at the top; `linked=False` leaves the directory's tree empty, so that
    the entries are there but reachable from nowhere."""
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 0x28, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([free] * 108))
    fat = struct.pack("<128I", fat_sector, end, *([free] * 126))
    directory = bytearray(512)
    entries = [("Root Entry", 5)] + ([(inside, 1)] if inside else []) + [
        (name, 1 if name in ("Macros", "VBA") else 2) for name in streams]
    entries = entries[:4]
    first = 2 if inside else 1  # the first of the streams, which follow as right siblings
    no_stream = 0xFFFFFFFF
    for index, (name, kind) in enumerate(entries):
        encoded = name.encode("utf-16-le") + b"\x00\x00"
        offset = index * 128
        directory[offset:offset + len(encoded)] = encoded
        child = index + 1 if index < first and index + 1 < len(entries) else no_stream
        right = index + 1 if first <= index < len(entries) - 1 else no_stream
        if not linked:
            child = right = 0
        struct.pack_into("<HBBIII", directory, offset + 0x40, len(encoded), kind, 1,
                         no_stream if linked else 0, right, child)
        struct.pack_into("<I", directory, offset + 0x74, end)  # no data: an empty chain
    return bytes(header) + fat + bytes(directory)


def image_bytes(kind="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 58, 112)).save(buffer, kind)
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


# --- The proposal form ----------------------------------------------------------------------

def url(name, *args, language="fi"):
    with translation.override(language):
        return reverse(f"pilots:{name}", args=args)


def form_data(call, **fields):
    """A complete proposal as the form posts it (answers to the call's questions too)."""
    data = {
        "title": "Etäkaveri", "summary": "Videoyhteys ikäihmisille.",
        "problem": "Yksinäisyys.", "solution": "Viikoittaiset videotapaamiset.",
        "target_group": "Kotihoidon asiakkaat", "municipalities": ["905"],
        "expected_impact": "Vähemmän yksinäisyyttä.", "impact_measurement": "Kysely.",
        "budget": "25 000", "budget_details": "", "timeline": "Kevät 2027", "team": "",
        "contact_email": "yhteys@hoiva.example.fi", "action": "save",
    }
    for question in call.questions.all():
        data[question_field_name(question)] = "40"
    data.update(fields)
    return data


@pytest.fixture
def remove_stored_files():
    """Attachments' files are written to the private storage of the test settings: remove
    the ones a test stored (the database rows go with the test's transaction)."""
    yield
    for attachment in ProposalAttachment.objects.all():
        attachment.file.storage.delete(attachment.file.name)
