#!/bin/sh
# Backs up the portal: the database (pg_dump's custom format) and the uploaded files (MEDIA_ROOT:
# images and documents; PRIVATE_MEDIA_ROOT: suppliers' proposal attachments), into
# $BACKUP_DIR/<UTC time>/ with a SHA256SUMS file, and removes backups older than
# $BACKUP_KEEP_DAYS days. Reads the portal's environment file, like the other jobs:
#   PORTAL_ENV_FILE=/etc/portal/portal.env portal/deploy/backup.sh
# Copy the directory off the machine afterwards (rsync, object storage): a backup on the same
# disk does not survive the disk.
set -eu
# shellcheck source=portal-env.sh
. "$(dirname "$0")/portal-env.sh"
BACKUP_DIR=${BACKUP_DIR:-/var/backups/portal}
BACKUP_KEEP_DAYS=${BACKUP_KEEP_DAYS:-14}

umask 077
stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$BACKUP_DIR/$stamp"
partial="$target.partial"
mkdir -p "$partial"

# One consistent snapshot of the database, whatever is written meanwhile; without owners and
# grants, so that it restores into a database of another name and role.
pg_dump --format=custom --compress=6 --no-owner --no-privileges \
    --file="$partial/database.dump" "$DATABASE_URL"
# Files after the database: a file written meanwhile is at worst one the database does not
# know yet (never a row whose file is missing from an older archive).
tar --create --gzip --file="$partial/media.tar.gz" --directory="$MEDIA_ROOT" .
tar --create --gzip --file="$partial/private.tar.gz" --directory="$PRIVATE_MEDIA_ROOT" .
(cd "$partial" && sha256sum database.dump media.tar.gz private.tar.gz > SHA256SUMS)
mv "$partial" "$target"

find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '20*' -mtime +"$BACKUP_KEEP_DAYS" \
    -exec rm -rf {} +
echo "$target"
