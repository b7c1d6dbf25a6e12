#!/bin/sh
# Restores a backup made by backup.sh into an empty database and empty file folders:
#   restore.sh /var/backups/portal/20261123T020000Z
# with DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT from the environment or from
# $PORTAL_ENV_FILE. Create the database first (createdb -O portal portal), stop the portal and
# its worker, restore, then run `manage.py migrate` (a no-op unless the code is newer) and start
# them again. It refuses to restore over a database that has tables or folders that hold files.
set -eu
backup=${1:?usage: restore.sh BACKUP_DIRECTORY}
# shellcheck source=portal-env.sh
. "$(dirname "$0")/portal-env.sh"

(cd "$backup" && sha256sum --check --quiet SHA256SUMS)

tables=$(psql --no-psqlrc --tuples-only --no-align --dbname="$DATABASE_URL" \
    --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
    echo "The database already has $tables tables: restore into an empty one." >&2
    exit 1
fi
for folder in "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT"; do
    mkdir -p "$folder"
    if [ -n "$(find "$folder" -mindepth 1 -print -quit)" ]; then
        echo "$folder is not empty: restore into an empty folder." >&2
        exit 1
    fi
done

pg_restore --exit-on-error --single-transaction --no-owner --no-privileges \
    --dbname="$DATABASE_URL" "$backup/database.dump"
tar --extract --gzip --file="$backup/media.tar.gz" --directory="$MEDIA_ROOT"
tar --extract --gzip --file="$backup/private.tar.gz" --directory="$PRIVATE_MEDIA_ROOT"
echo "Restored $backup"
