"""Where proposal attachments are kept: a storage outside MEDIA_ROOT, never served directly,
under random names. Files are read only through views that check who asks."""

import uuid

from django.core.files.storage import storages


def private_storage():
    # A callable, so that settings (and tests) choose the storage, not the migration.
    return storages["private"]


def attachment_path(attachment, filename):
    # The stored name is random: the supplier's file name is only shown, never used as a path.
    return f"pilots/proposals/{attachment.proposal.public_id}/{uuid.uuid4().hex}"
