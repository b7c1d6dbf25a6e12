"""Proposal attachments: what a supplier may upload, checked by content, and how a file is
stored and served.

A file is accepted when its bytes are a PDF, an office document (Word, Excel and PowerPoint
in their OOXML form, OpenDocument text, spreadsheet and presentation, legacy .doc and .xls) or
a PNG or JPEG image, and its name ends in an extension of that same type. What the browser
says the type is counts for nothing. OOXML and OpenDocument files are zip archives: the
archive is opened and its [Content_Types].xml or mimetype entry read, so that a zip (or a
.docm with macros) renamed .docx is refused. Programs (Windows "MZ", ELF, Mach-O, scripts)
are refused whatever their name. The supplier's file name is kept only to be shown and as
the download's name; the stored name is random (proposals.attachment_path).
"""

import hashlib
import struct
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .proposals import ProposalAttachment

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_COUNT = 10
MAX_NAME_LENGTH = 150  # ProposalAttachment.filename


@dataclass(frozen=True)
class FileType:
    key: str
    content_type: str
    extensions: tuple
    label: str


_OOXML = "application/vnd.openxmlformats-officedocument"
_ODF = "application/vnd.oasis.opendocument"
TYPES = {file_type.key: file_type for file_type in [
    FileType("pdf", "application/pdf", ("pdf",), "PDF"),
    FileType("docx", f"{_OOXML}.wordprocessingml.document", ("docx",), "Word (.docx)"),
    FileType("xlsx", f"{_OOXML}.spreadsheetml.sheet", ("xlsx",), "Excel (.xlsx)"),
    FileType("pptx", f"{_OOXML}.presentationml.presentation", ("pptx",), "PowerPoint (.pptx)"),
    FileType("odt", f"{_ODF}.text", ("odt",), "OpenDocument (.odt)"),
    FileType("ods", f"{_ODF}.spreadsheet", ("ods",), "OpenDocument (.ods)"),
    FileType("odp", f"{_ODF}.presentation", ("odp",), "OpenDocument (.odp)"),
    FileType("doc", "application/msword", ("doc",), "Word (.doc)"),
    FileType("xls", "application/vnd.ms-excel", ("xls",), "Excel (.xls)"),
    FileType("png", "image/png", ("png",), "PNG"),
    FileType("jpeg", "image/jpeg", ("jpg", "jpeg"), "JPEG"),
]}
ALLOWED_EXTENSIONS = tuple(sorted({ext for t in TYPES.values() for ext in t.extensions}))
# What the file input offers first; the server checks the content all the same.
ACCEPT = ",".join(f".{ext}" for ext in ALLOWED_EXTENSIONS)

# The main part of each OOXML document in [Content_Types].xml. The macro-enabled variants
# (.docm, .xlsm, .pptm) declare other types, so they are not matched.
OOXML_MAIN_TYPES = {
    "docx": f"{_OOXML}.wordprocessingml.document.main+xml",
    "xlsx": f"{_OOXML}.spreadsheetml.sheet.main+xml",
    "pptx": f"{_OOXML}.presentationml.presentation.main+xml",
}
ODF_MIMETYPES = {"odt": f"{_ODF}.text", "ods": f"{_ODF}.spreadsheet",
                 "odp": f"{_ODF}.presentation"}

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EXECUTABLE_SIGNATURES = (
    b"MZ",                                  # Windows programs and libraries
    b"\x7fELF",                             # Linux and other Unix programs
    b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf",  # Mach-O (macOS), both byte orders
    b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",                    # Mach-O universal binaries, Java classes
    b"#!",                                  # scripts
)
# Text that starts a script or a page a browser would run.
SCRIPT_STARTS = (b"<script", b"<?php", b"<html", b"<!doctype html", b"<svg", b"@echo",
                 b"<job", b"<package", b"<hta:")
# Reading a zip's small index entries: more than this is not an office document's.
MAX_INDEX_ENTRY = 1024 * 1024


def max_bytes():
    return getattr(settings, "PILOT_ATTACHMENT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_count():
    return getattr(settings, "PILOT_ATTACHMENT_MAX_COUNT", DEFAULT_MAX_COUNT)


def allowed_types_text():
    return ", ".join(dict.fromkeys(
        file_type.label.split(" (")[0] for file_type in TYPES.values()))


def size_text(size):
    return filesizeformat(size).replace("\xa0", " ")


@dataclass(frozen=True)
class CheckedFile:
    """An upload that passed the checks, with what is stored of it."""

    upload: object
    filename: str
    file_type: FileType
    size: int
    sha256: str


# --- The name -----------------------------------------------------------------------------

def check_filename(name):
    """The name to show, or ValidationError. A name with a path in it is refused rather than
    cut to its last part: it is not what a browser sends for a file chosen by a person."""
    if not name or not name.strip():
        raise ValidationError(_("The file has no name."), code="name")
    if "/" in name or "\\" in name or ".." in name:
        raise ValidationError(
            _("The file name “%(name)s” contains a folder path or “..”. Rename the file and "
              "choose it again.") % {"name": name}, code="name")
    # Control characters, and invisible formatting such as the right-to-left override that
    # makes "report‮fdp.exe" look like "reportexe.pdf".
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co") for char in name):
        raise ValidationError(_("The file name contains characters that are not allowed. "
                                "Rename the file and choose it again."), code="name")
    name = unicodedata.normalize("NFC", name.strip())
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            _("The file name is too long: at most %(limit)d characters.")
            % {"limit": MAX_NAME_LENGTH}, code="name")
    if name.startswith("."):
        raise ValidationError(_("The file name must not start with a dot."), code="name")
    return name


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


# --- The content --------------------------------------------------------------------------

def _is_executable(head):
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(EXECUTABLE_SIGNATURES) or stripped.startswith(SCRIPT_STARTS)


def _zip_type(upload):
    """docx/xlsx/pptx/odt/ods/odp for an office document's zip, else None."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            # Macros are code: an office file that carries them is not accepted.
            if any(name.lower().endswith("vbaproject.bin") for name in names):
                return None
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size > 200:
                    return None
                mimetype = archive.read(info).decode("ascii", "replace").strip()
                return next((key for key, value in ODF_MIMETYPES.items()
                             if value == mimetype), None)
            if "[Content_Types].xml" in names:
                info = archive.getinfo("[Content_Types].xml")
                if info.file_size > MAX_INDEX_ENTRY:
                    return None
                content_types = archive.read(info).decode("utf-8", "replace")
                found = [key for key, main in OOXML_MAIN_TYPES.items()
                         if f'ContentType="{main}"' in content_types]
                return found[0] if len(found) == 1 else None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, RuntimeError,
            ValueError, NotImplementedError, EOFError):
        return None
    finally:
        upload.seek(0)
    return None


def _read_at(upload, offset, length):
    upload.seek(offset)
    return upload.read(length)


def ole_stream_names(upload, size):
    """Names in the directory of an OLE2 compound file (legacy .doc/.xls), read by walking
    the file's allocation table. Raises ValueError for a damaged file."""
    header = _read_at(upload, 0, 512)
    if len(header) < 512 or not header.startswith(OLE_SIGNATURE):
        raise ValueError("not an OLE2 file")
    sector_shift = struct.unpack_from("<H", header, 0x1E)[0]
    if sector_shift not in (9, 12):
        raise ValueError("bad sector size")
    sector_size = 1 << sector_shift
    fat_count, first_directory = struct.unpack_from("<II", header, 0x2C)
    first_difat, difat_count = struct.unpack_from("<II", header, 0x44)
    total_sectors = max(0, size // sector_size - 1)
    if fat_count > total_sectors + 1:
        raise ValueError("bad FAT count")

    def sector(number):
        if number >= total_sectors:
            raise ValueError("sector out of range")
        data = _read_at(upload, (number + 1) * sector_size, sector_size)
        if len(data) != sector_size:
            raise ValueError("short sector")
        return data

    fat_sectors = [n for n in struct.unpack_from("<109I", header, 0x4C) if n < 0xFFFFFFFA]
    per_difat = sector_size // 4 - 1
    next_difat, seen = first_difat, 0
    while next_difat < 0xFFFFFFFA and seen < difat_count:
        data = sector(next_difat)
        entries = struct.unpack_from(f"<{per_difat + 1}I", data)
        fat_sectors += [n for n in entries[:per_difat] if n < 0xFFFFFFFA]
        next_difat, seen = entries[per_difat], seen + 1
    fat_sectors = fat_sectors[:fat_count]
    fat = []
    for number in fat_sectors:
        fat.extend(struct.unpack(f"<{sector_size // 4}I", sector(number)))

    names = []
    current, visited = first_directory, set()
    while current < 0xFFFFFFFA:
        if current in visited or current >= len(fat):
            raise ValueError("bad directory chain")
        visited.add(current)
        data = sector(current)
        for offset in range(0, sector_size, 128):
            entry = data[offset:offset + 128]
            name_length = struct.unpack_from("<H", entry, 0x40)[0]
            if entry[0x42] in (1, 2, 5) and 2 <= name_length <= 64:
                names.append(entry[:name_length - 2].decode("utf-16-le", "replace"))
        current = fat[current]
    return names


def _ole_type(upload, size):
    try:
        names = set(ole_stream_names(upload, size))
    except (ValueError, struct.error, OSError):
        return None
    finally:
        upload.seek(0)
    if "Macros" in names or "_VBA_PROJECT_CUR" in names or "VBA" in names:
        return None
    if "WordDocument" in names:
        return "doc"
    if "Workbook" in names or "Book" in names:
        return "xls"
    return None


def detect_type(upload, size):
    """The FileType of an upload's content, or ValidationError."""
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if _is_executable(head):
        raise ValidationError(_("This file is a program or a script, not a document. Only "
                                "documents and images are accepted."), code="executable")
    key = None
    if head.startswith(b"%PDF-"):
        key = "pdf"
    elif head.startswith(b"\x89PNG\r\n\x1a\n"):
        key = "png"
    elif head.startswith(b"\xff\xd8\xff"):
        key = "jpeg"
    elif head.startswith(b"PK\x03\x04"):
        key = _zip_type(upload)
        if key is None:
            raise ValidationError(
                _("This is a zip archive or an office file with macros, not a document we "
                  "accept. Save it as a PDF or as an office document without macros."),
                code="zip")
    elif head.startswith(OLE_SIGNATURE):
        key = _ole_type(upload, size)
    if key is None:
        raise ValidationError(
            _("The file's content is not of a type we accept: %(types)s.")
            % {"types": allowed_types_text()}, code="type")
    return TYPES[key]


def sha256_of(upload):
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in iter(lambda: upload.read(64 * 1024), b""):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def check_upload(upload, name=None):
    """Check one uploaded file (a Django UploadedFile or any file object with .size);
    `name` is the name as sent, by default the upload's own. Returns a CheckedFile or
    raises ValidationError with a message naming the file."""
    raw_name = upload.name if name is None else name
    try:
        filename = check_filename(raw_name)
        size = upload.size
        if size == 0:
            raise ValidationError(_("The file is empty."), code="empty")
        if size > max_bytes():
            raise ValidationError(
                _("The file is too large: %(size)s, when at most %(limit)s is accepted.")
                % {"size": size_text(size), "limit": size_text(max_bytes())}, code="size")
        file_type = detect_type(upload, size)
        extension = extension_of(filename)
        if extension not in file_type.extensions:
            raise ValidationError(
                _("The file name ends in “.%(extension)s”, but the file is %(type)s. Save it "
                  "with the right ending (%(expected)s).")
                % {"extension": extension or "", "type": file_type.label,
                   "expected": ", ".join(f".{ext}" for ext in file_type.extensions)},
                code="extension")
    except ValidationError as error:
        raise ValidationError(
            _("%(name)s: %(problem)s") % {"name": _shown_name(raw_name),
                                          "problem": " ".join(error.messages)},
            code=error.code) from None
    return CheckedFile(upload=upload, filename=filename, file_type=file_type, size=size,
                       sha256=sha256_of(upload))


def _shown_name(name):
    """A refused file's name, safe to put in a message."""
    cleaned = "".join(char for char in (name or "") if unicodedata.category(char)[0] != "C")
    return cleaned[:MAX_NAME_LENGTH] or "?"


# --- Storing, deleting and serving ---------------------------------------------------------

def store(proposal, checked, *, by):
    """Save a checked file as an attachment of `proposal`."""
    attachment = ProposalAttachment(
        proposal=proposal, filename=checked.filename,
        content_type=checked.file_type.content_type, size=checked.size,
        sha256=checked.sha256, uploaded_by=by)
    checked.upload.seek(0)
    # The name given here is not used: attachment_path makes a random one.
    attachment.file.save("upload", checked.upload, save=False)
    attachment.save()
    return attachment


def delete(attachment):
    """Delete the attachment and, once the deletion is committed, its file."""
    storage, name = attachment.file.storage, attachment.file.name
    attachment.delete()
    transaction.on_commit(lambda: storage.delete(name))


def attachment_response(attachment):
    """The file as a download. The caller has checked that the reader may have it."""
    response = FileResponse(attachment.file.open("rb"), as_attachment=True,
                            filename=attachment.filename,
                            content_type=attachment.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    # Should a browser show it after all, it runs nothing and loads nothing.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
