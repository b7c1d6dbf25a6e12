"""Proposal attachments: what a supplier may upload, checked by content, and how a file is
stored and served.

A file is accepted when its bytes are a PDF, an office document (Word, Excel and PowerPoint
in their OOXML form, OpenDocument text, spreadsheet and presentation, legacy .doc and .xls) or
a PNG or JPEG image, and its name ends in an extension of that same type
(portal.core.files reads what a file is). What the browser says the type is counts for
nothing. The supplier's file name is kept only to be shown and as the download's name; the
stored name is random (models.proposals.attachment_path).
"""

import hashlib
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from portal.core.files import ALLOWED_EXTENSIONS, FileType, detect_type, extension_of

from .models import ProposalAttachment

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_COUNT = 10
MAX_NAME_LENGTH = 150  # ProposalAttachment.filename

# What the file input offers first; the server checks the content all the same.
ACCEPT = ",".join(f".{ext}" for ext in ALLOWED_EXTENSIONS)


def max_bytes():
    return getattr(settings, "PILOT_ATTACHMENT_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_count():
    return getattr(settings, "PILOT_ATTACHMENT_MAX_COUNT", DEFAULT_MAX_COUNT)


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
        file_type = detect_type(upload)
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
