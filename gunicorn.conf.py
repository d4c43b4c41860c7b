"""gunicorn settings for the production container. Each value can be overridden from the environment."""

import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Requests that take longer than this are stuck; the load balancer gives up at 30 s. It stays
# above the longest a request waits on a silent database (2 x DATABASE_CONNECT_TIMEOUT +
# DATABASE_STATEMENT_TIMEOUT, 16 s by default), so a hung database answers 503, killing no worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "25"))
graceful_timeout = 20
# Recycle workers now and then so that slow leaks cannot build up; jitter keeps
# them from all restarting at once.
max_requests = 1000
max_requests_jitter = 100
# The load balancer terminates TLS and sets X-Forwarded-Proto and X-Forwarded-For.
# Those headers are believed only from these addresses: with "*" any client could
# claim to have come over HTTPS. Widen it to the proxy's address when the proxy is
# not on this machine (README, "Production with gunicorn").
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = "-"
# Preview links carry a secret token in the path: logged as /share/… (wyhp_site/core/log_filters.py).
logger_class = "wyhp_site.core.log_filters.AccessLogWithoutPreviewTokens"
errorlog = "-"
