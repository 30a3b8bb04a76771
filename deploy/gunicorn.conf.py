"""gunicorn settings of an app server: `gunicorn cms.wsgi --config deploy/gunicorn.conf.py`.

Sync workers, as many as GUNICORN_WORKERS (2 per core is a good start); each handles one
request at a time, so the balancer in front spreads the load. Requests are logged by nginx,
not here (query strings may carry personal data).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
worker_class = "sync"
timeout = 60
graceful_timeout = 30
# Load the app once and fork: less memory, faster starts.
preload_app = True
accesslog = None
errorlog = "-"
