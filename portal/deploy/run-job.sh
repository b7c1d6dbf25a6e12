#!/bin/sh
# Runs one scheduled manage.py command as the portal's user, with the portal's environment,
# never twice at the same time (a slow run is not overtaken by the next one).
#   run-job.sh send_queued_email
#   run-job.sh search_index catch-up
set -eu
PORTAL_DIR=${PORTAL_DIR:-/srv/portal}
ENV_FILE=${PORTAL_ENV_FILE:-/etc/portal/portal.env}
LOCK_DIR=${PORTAL_LOCK_DIR:-/run/lock}
set -a
# shellcheck disable=SC1090
. "$ENV_FILE"
set +a
cd "$PORTAL_DIR"
exec flock --nonblock "$LOCK_DIR/portal-$1.lock" .venv/bin/python manage.py "$@"
