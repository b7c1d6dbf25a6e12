"""Staff's document uploads (Wagtail documents) checked by their content (portal.core.files),
as suppliers' proposal attachments are: a file whose content is not what its name says, a
program, a script or a page a browser would run is refused with a message."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from .files import detect_type, extension_of, is_executable, read_head

# Plain-text formats, checked as text: readable as UTF-8 (or, for RTF, its own header).
TEXT_EXTENSIONS = {"csv", "txt"}
RTF_START = b"{\\rtf"


def check_document(upload):
    """Raise ValidationError unless the upload's content matches its extension."""
    extension = extension_of(upload.name)
    head = read_head(upload)
    if is_executable(head):
        raise ValidationError(_("This file is a program or a script, not a document."),
                              code="executable")
    if extension == "rtf":
        if not head.startswith(RTF_START):
            raise ValidationError(_("This file is not an RTF document."), code="type")
        return
    if extension in TEXT_EXTENSIONS:
        try:
            upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(_("This file is not plain text in UTF-8. Save it as UTF-8 "
                                    "text and upload it again."), code="type") from None
        finally:
            upload.seek(0)
        return
    file_type = detect_type(upload)
    if extension not in file_type.extensions:
        raise ValidationError(
            _("The file name ends in “.%(extension)s”, but the file is %(type)s.")
            % {"extension": extension, "type": file_type.label}, code="extension")


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form (the single and the multiple upload) with the content check."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            check_document(upload)
        return upload
