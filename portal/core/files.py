"""What an uploaded file is, read from its bytes: the document and image types the portal
accepts, and the programs, scripts and macro-carrying office files it refuses.

The format is recognised by `filetype` from the first bytes. OOXML and OpenDocument files are
zip archives: the archive is opened and its [Content_Types].xml or mimetype entry read, so
that a zip (or a .docm with macros) renamed .docx is refused. Legacy .doc and .xls files are
OLE2 compound files, read with `olefile`. What the browser says the type is counts for
nothing. Suppliers' proposal attachments (pilots.attachments) and staff's documents
(document_checks) are both checked here.
"""

import zipfile
from dataclasses import dataclass

import filetype
import olefile
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


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

# What filetype names the types read from their first bytes (an animated PNG is a PNG).
DIRECT_TYPES = {"application/pdf": "pdf", "image/png": "png", "image/apng": "png",
                "image/jpeg": "jpeg"}
# Zip archives, whatever filetype guesses of the document inside: the archive's own index
# says which document it is (filetype reads only the first entries' names).
ZIP_TYPES = {"application/zip", "application/epub+zip",
             *(TYPES[key].content_type for key in ("docx", "xlsx", "pptx", "odt", "ods", "odp"))}
# Programs filetype recognises: Windows ("MZ") and ELF.
PROGRAM_TYPES = {"application/x-msdownload", "application/x-executable"}
# Programs filetype does not know: Mach-O (macOS, both byte orders, and universal binaries,
# whose signature Java classes share), and scripts.
PROGRAM_STARTS = (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                  b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"#!")
# Text that starts a script or a page a browser would run.
SCRIPT_STARTS = (b"<script", b"<?php", b"<html", b"<!doctype html", b"<svg", b"@echo",
                 b"<job", b"<package", b"<hta:")

# The main part of each OOXML document in [Content_Types].xml. The macro-enabled variants
# (.docm, .xlsm, .pptm) declare other types, so they are not matched.
OOXML_MAIN_TYPES = {
    "docx": f"{_OOXML}.wordprocessingml.document.main+xml",
    "xlsx": f"{_OOXML}.spreadsheetml.sheet.main+xml",
    "pptx": f"{_OOXML}.presentationml.presentation.main+xml",
}
ODF_MIMETYPES = {"odt": f"{_ODF}.text", "ods": f"{_ODF}.spreadsheet",
                 "odp": f"{_ODF}.presentation"}
# Reading a zip's small index entries: more than this is not an office document's.
MAX_INDEX_ENTRY = 1024 * 1024
# What filetype reads of a file to recognise it.
HEAD_BYTES = 8192
# Streams and storages of an OLE2 file that hold macros (Word, Excel, both).
OLE_MACRO_NAMES = {"Macros", "_VBA_PROJECT_CUR", "VBA"}


def allowed_types_text():
    return ", ".join(dict.fromkeys(
        file_type.label.split(" (")[0] for file_type in TYPES.values()))


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def read_head(upload, size=HEAD_BYTES):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def is_executable(head):
    """Whether the first bytes of a file are a program's or a script's."""
    kind = filetype.guess(head) if head else None
    if kind is not None and kind.mime in PROGRAM_TYPES:
        return True
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(PROGRAM_STARTS) or stripped.startswith(SCRIPT_STARTS)


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


def _ole_type(upload):
    """doc or xls for a legacy Word or Excel file without macros, else None."""
    upload.seek(0)
    try:
        with olefile.OleFileIO(upload) as ole:
            paths = ole.listdir(streams=True, storages=True)
    except Exception:
        # Whatever olefile cannot read (a damaged or crafted file) is not one we accept.
        return None
    finally:
        upload.seek(0)
    if OLE_MACRO_NAMES & {name for path in paths for name in path}:
        return None
    top = {path[0] for path in paths if len(path) == 1}
    if "WordDocument" in top:
        return "doc"
    if "Workbook" in top or "Book" in top:
        return "xls"
    return None


def detect_type(upload):
    """The FileType of an upload's content, or ValidationError."""
    head = read_head(upload)
    if is_executable(head):
        raise ValidationError(_("This file is a program or a script, not a document. Only "
                                "documents and images are accepted."), code="executable")
    kind = filetype.guess(head) if head else None
    mime = kind.mime if kind is not None else None
    key = DIRECT_TYPES.get(mime)
    if mime in ZIP_TYPES:
        key = _zip_type(upload)
        if key is None:
            raise ValidationError(
                _("This is a zip archive or an office file with macros, not a document we "
                  "accept. Save it as a PDF or as an office document without macros."),
                code="zip")
    elif key is None and olefile.isOleFile(data=head):
        key = _ole_type(upload)
    if key is None:
        raise ValidationError(
            _("The file's content is not of a type we accept: %(types)s.")
            % {"types": allowed_types_text()}, code="type")
    return TYPES[key]
