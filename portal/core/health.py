"""Health of the parts the portal depends on, as reported by /healthz.

Each check returns a dict with a "status" of "ok", "degraded" or "down". The database is
essential (down means the portal is down); search, tasks and e-mail degrade the portal
without stopping it.
"""

from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone
from django_tasks import task_backends

from portal.core.task_recovery import abandoned_tasks
from portal.notifications.health import email_health

# A task that has waited longer than this for a worker means no worker is running.
STALE_TASK_AGE = timedelta(minutes=10)

# Checks of the apps above core ({"search": search.health.search_engine_health}), which each
# registers from its AppConfig.ready, so that core imports none of them.
REGISTERED_CHECKS = {}


def register_check(name, check):
    REGISTERED_CHECKS[name] = check


def database_health():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return {"status": "down", "vendor": connection.vendor}
    return {"status": "ok", "vendor": connection.vendor}


def task_backend_health():
    backend = task_backends["default"]
    report = {"status": "ok", "backend": type(backend).__name__}
    if settings.TASK_BACKEND != "database":
        return report

    from django_tasks_db.models import DBTaskResult

    now = timezone.now()
    try:
        ready = DBTaskResult.objects.ready()
        oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
        failed = DBTaskResult.objects.failed().filter(finished_at__gte=now - timedelta(days=1))
        report["ready"] = ready.count()
        report["failed_last_24h"] = failed.count()
        # A worker died mid-task and requeue_abandoned_tasks has not (yet) run.
        report["abandoned"] = abandoned_tasks(now=now).count()
    except DatabaseError:
        return {**report, "status": "down"}
    report["oldest_ready_seconds"] = int((now - oldest).total_seconds()) if oldest else 0
    if report["failed_last_24h"] or report["abandoned"] or \
            (oldest and now - oldest > STALE_TASK_AGE):
        report["status"] = "degraded"
    return report


def portal_health():
    checks = {
        "database": database_health(),
        **{name: check() for name, check in REGISTERED_CHECKS.items()},
        "tasks": task_backend_health(),
        "email": email_health(),
    }
    if checks["database"]["status"] == "down":
        status = "down"
    elif any(check["status"] != "ok" for check in checks.values()):
        status = "degraded"
    else:
        status = "ok"
    return {"status": status, "checks": checks}
