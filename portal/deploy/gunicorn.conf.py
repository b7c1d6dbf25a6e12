"""gunicorn settings of the portal: `gunicorn -c portal/deploy/gunicorn.conf.py portal.wsgi`.

Every value can be changed from the environment (the systemd unit reads /etc/portal/portal.env).
"""

import multiprocessing
import os

# Behind nginx on the same machine; only the proxy talks to gunicorn.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: the portal's views are short and database-bound. Two per core and one
# more is gunicorn's rule of thumb; WEB_CONCURRENCY overrides it (as on most platforms).
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A slow request (an export of every tender) may take a while; more means a stuck worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Workers are replaced now and then, so that a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# nginx sets X-Forwarded-Proto; trust it only from the proxy itself.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# The workers' heartbeat files in memory: a busy disk must not make the arbiter kill them.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
proc_name = "portal"
