"""Where proposal attachments are kept: a storage outside MEDIA_ROOT, never served directly.
Files are read only through views that check who asks (see attachment_views)."""

from django.core.files.storage import storages


def private_storage():
    # A callable, so that settings (and tests) choose the storage, not the migration.
    return storages["private"]
