# Sourced by backup.sh and restore.sh: loads the portal's environment file (PORTAL_ENV_FILE,
# default /etc/portal/portal.env) when it exists, and checks what both scripts need.
ENV_FILE=${PORTAL_ENV_FILE:-/etc/portal/portal.env}
if [ -f "$ENV_FILE" ]; then
    set -a
    # shellcheck disable=SC1090
    . "$ENV_FILE"
    set +a
fi
: "${DATABASE_URL:?DATABASE_URL is not set}"
: "${MEDIA_ROOT:?MEDIA_ROOT is not set}"
: "${PRIVATE_MEDIA_ROOT:?PRIVATE_MEDIA_ROOT is not set}"
