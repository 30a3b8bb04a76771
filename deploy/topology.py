"""The production topology on one machine, for the smoke test and the benchmark.

    .venv/bin/python deploy/topology.py start   # starts everything, prints the addresses
    .venv/bin/python deploy/topology.py stop    # stops what `start` started

It starts PostgreSQL and Redis if they are not up (and leaves them running), then an
S3-compatible server (moto's server mode), two gunicorn app servers with the production
settings (cms.settings.production), nginx balancing between them (deploy/nginx's second
server), Varnish in front of nginx (deploy/varnish/konstruktor.vcl) and two `db_worker`
processes, all on one PostgreSQL database, one Redis database and two S3 buckets:

    client -> Varnish -> nginx -> gunicorn A | gunicorn B      db_worker 1 | db_worker 2
                                      \\------ PostgreSQL, Redis, S3 (moto) ------/

Environment (all optional): TOPOLOGY_DATABASE_URL and TOPOLOGY_REDIS_URL (a PostgreSQL
database and a Redis database of its own: both are emptied at every start, as the S3 server
starts empty), TOPOLOGY_PORT (the first of seven consecutive ports),
TOPOLOGY_DIR (logs and state), GUNICORN_WORKERS (per app server).
"""

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
BIN = ROOT / ".venv" / "bin"
ACCESS_KEY = "topology"  # moto accepts any key; the S3 client needs one
MEDIA_BUCKET, PRIVATE_BUCKET = "konstruktor-media", "konstruktor-private"

NGINX_CONF = """
pid {state}/nginx.pid;
error_log {state}/nginx-error.log warn;
worker_processes 1;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {state}/nginx-body;
    proxy_temp_path {state}/nginx-proxy;
    fastcgi_temp_path {state}/nginx-fastcgi;
    uwsgi_temp_path {state}/nginx-uwsgi;
    scgi_temp_path {state}/nginx-scgi;
    client_max_body_size 100m;
    upstream konstruktor_app {{
        server 127.0.0.1:{app_a} max_fails=3 fail_timeout=10s;
        server 127.0.0.1:{app_b} max_fails=3 fail_timeout=10s;
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{nginx};
        location / {{
            proxy_pass http://konstruktor_app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_next_upstream error timeout http_502 http_503;
        }}
    }}
}}
"""


def port_base() -> int:
    return int(os.environ.get("TOPOLOGY_PORT", "18600"))


@dataclass
class Ports:
    """Seven consecutive ports from TOPOLOGY_PORT."""

    base: int = field(default_factory=port_base)

    @property
    def varnish(self):
        return self.base

    @property
    def nginx(self):
        return self.base + 1

    @property
    def app_a(self):
        return self.base + 2

    @property
    def app_b(self):
        return self.base + 3

    @property
    def uncached(self):
        """An app server outside the balancer, with PAGE_CACHE_SECONDS=0 (the benchmark)."""
        return self.base + 4

    @property
    def s3(self):
        return self.base + 5

    @property
    def ceiling(self):
        """The benchmark's minimal Django view (bench/ceiling.py)."""
        return self.base + 6


def wait_for(what: str, ready, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come up in {timeout:.0f} s")
        time.sleep(0.2)


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback)
            return response.status < 500
    except OSError:
        return False


def static_files_changed() -> bool:
    """Whether collectstatic must run: no manifest yet, or a static file of ours is newer
    (compressing everything takes minutes on a busy machine)."""
    manifest = ROOT / "static" / "staticfiles.json"
    if not manifest.exists():
        return True
    built = manifest.stat().st_mtime
    return any(path.stat().st_mtime > built for path in ROOT.glob("*/static/**/*.*"))


def ensure_postgres() -> None:
    """Start the machine's PostgreSQL cluster if it is not up (as .ci/run does)."""
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0:
        return
    version = sorted(os.listdir("/etc/postgresql"))[0]
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"], check=True
    )
    wait_for("PostgreSQL", lambda: port_open(5432), 30)


def ensure_redis(redis_url: str) -> None:
    """Start a Redis server on the URL's port if none answers there."""
    port = urlsplit(redis_url).port or 6379
    if not port_open(port):
        subprocess.run(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--daemonize", "yes"],
            check=True,
        )
        wait_for("Redis", lambda: port_open(port), 30)


class Topology:
    def __init__(self, *, gunicorn_workers: int | None = None, uncached_server: bool = False):
        self.ports = Ports()
        self.state = Path(os.environ.get("TOPOLOGY_DIR", ROOT / "var" / "topology"))
        self.database_url = os.environ.get(
            "TOPOLOGY_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/konstruktor_topology"
        )
        self.redis_url = os.environ.get("TOPOLOGY_REDIS_URL", "redis://127.0.0.1:6379/0")
        self.gunicorn_workers = gunicorn_workers or int(os.environ.get("GUNICORN_WORKERS", "2"))
        self.uncached_server = uncached_server
        self.processes: dict[str, subprocess.Popen] = {}

    # Addresses -----------------------------------------------------------------------------
    @property
    def varnish_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.varnish}"

    @property
    def app_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.ports.app_a}", f"http://127.0.0.1:{self.ports.app_b}"]

    @property
    def uncached_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.uncached}"

    @property
    def s3_url(self) -> str:
        return f"http://127.0.0.1:{self.ports.s3}"

    def env(self, **overrides) -> dict[str, str]:
        """The environment of every app process: production settings, nothing secret kept."""
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "DJANGO_SECRET_KEY": self._secret_key(),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain HTTP on loopback: no TLS terminator in front here.
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": self.database_url,
            "DATABASE_CONN_MAX_AGE": "60",
            "REDIS_URL": self.redis_url,
            "S3_ENDPOINT_URL": self.s3_url,
            "S3_BUCKET": MEDIA_BUCKET,
            "S3_PRIVATE_BUCKET": PRIVATE_BUCKET,
            "S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": ACCESS_KEY,
            "FRONTEND_CACHE_PURGE_URLS": self.varnish_url,
            "WAGTAILADMIN_BASE_URL": self.varnish_url,
            # Varnish and nginx each append to X-Forwarded-For.
            "TRUSTED_PROXY_COUNT": "2",
            "LOG_LEVEL": "WARNING",
            **overrides,
        }

    def _secret_key(self) -> str:
        path = self.state / "secret-key"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(50))
        return path.read_text()

    # Starting ------------------------------------------------------------------------------
    def manage(self, *args: str, **env) -> str:
        """Run manage.py with the topology's environment; its output."""
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env(**env),
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def _spawn(self, name: str, command: list[str], env: dict | None = None) -> None:
        log = (self.state / f"{name}.log").open("ab")
        self.processes[name] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env or self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def _gunicorn(self, name: str, port: int, **env) -> None:
        self._spawn(
            name,
            [
                str(BIN / "gunicorn"),
                "cms.wsgi",
                "--config",
                str(ROOT / "deploy" / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(self.gunicorn_workers),
            ],
            self.env(**env),
        )

    def start(self) -> "Topology":
        self.state.mkdir(parents=True, exist_ok=True)
        ensure_postgres()
        ensure_redis(self.redis_url)
        self._fresh_state()
        self._spawn("s3", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(self.ports.s3)])
        wait_for("the S3 server", lambda: http_ok(self.s3_url + "/moto-api/"))
        self._create_buckets()
        self.manage("migrate", "--no-input", "-v", "0")
        if static_files_changed():
            self.manage("collectstatic", "--no-input", "-v", "0")
        self._gunicorn("app-a", self.ports.app_a)
        self._gunicorn("app-b", self.ports.app_b)
        if self.uncached_server:
            self._gunicorn("app-uncached", self.ports.uncached, PAGE_CACHE_SECONDS="0")
        self._start_nginx()
        self._start_varnish()
        for number in (1, 2):
            # Polling every 0.2 s: a purge (a task too) reaches Varnish well within a second.
            worker = ["db_worker", "--interval", "0.2", "--worker-id", f"w{number}"]
            self._spawn(f"worker-{number}", [PYTHON, "manage.py", *worker])
        for url in [*self.app_urls, self.varnish_url] + (
            [self.uncached_url] if self.uncached_server else []
        ):
            wait_for(url, lambda url=url: http_ok(url + "/health/"), 120)
        self._save_pids()
        return self

    def _fresh_state(self) -> None:
        """A new, empty database and Redis database at every start: the S3 server keeps its
        objects in memory, so whatever an earlier run stored would name files that are gone."""
        parts = urlsplit(self.database_url)
        connection = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
        connection += ["-U", parts.username or "postgres"]
        name = parts.path.lstrip("/")
        subprocess.run(["dropdb", *connection, "--if-exists", "--force", name], check=True)
        subprocess.run(["createdb", *connection, name], check=True)
        redis = urlsplit(self.redis_url)
        database = redis.path.lstrip("/") or "0"
        subprocess.run(
            ["redis-cli", "-p", str(redis.port or 6379), "-n", database, "flushdb"],
            check=True,
            capture_output=True,
        )

    def _create_buckets(self) -> None:
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=self.s3_url,
            region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=ACCESS_KEY,
        )
        for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
            client.create_bucket(Bucket=bucket)

    def _start_nginx(self) -> None:
        conf = self.state / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(
                state=self.state,
                app_a=self.ports.app_a,
                app_b=self.ports.app_b,
                nginx=self.ports.nginx,
            )
        )
        self._spawn("nginx", ["nginx", "-p", str(self.state), "-c", str(conf), "-g", "daemon off;"])
        wait_for("nginx", lambda: port_open(self.ports.nginx))

    def _start_varnish(self) -> None:
        """Varnish with the repository's VCL, its backend pointed at the local nginx."""
        vcl = (ROOT / "deploy" / "varnish" / "konstruktor.vcl").read_text()
        local_vcl = self.state / "konstruktor.vcl"
        local_vcl.write_text(vcl.replace('.port = "8080";', f'.port = "{self.ports.nginx}";'))
        self._spawn(
            "varnish",
            [
                "varnishd",
                "-F",
                "-j",
                "none",
                "-n",
                str(self.state / "varnish"),
                "-a",
                f"127.0.0.1:{self.ports.varnish}",
                "-f",
                str(local_vcl),
                "-s",
                "malloc,256m",
                # Where the app gives no s-maxage (before the app's cache headers).
                "-p",
                "default_ttl=600",
            ],
        )
        wait_for("Varnish", lambda: port_open(self.ports.varnish))

    def _save_pids(self) -> None:
        pids = {name: process.pid for name, process in self.processes.items()}
        (self.state / "pids.json").write_text(json.dumps(pids))

    # Stopping ------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop every process this topology started (PostgreSQL and Redis stay up)."""
        pids = {name: process.pid for name, process in self.processes.items()}
        pid_file = self.state / "pids.json"
        if not pids and pid_file.exists():
            pids = json.loads(pid_file.read_text())
        for pid in pids.values():
            try:
                os.killpg(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 20
        for process in self.processes.values():
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()
        pid_file.unlink(missing_ok=True)

    def __enter__(self) -> "Topology":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str]) -> None:
    topology = Topology(uncached_server="--uncached" in argv)
    if argv[:1] == ["start"]:
        topology.start()
        print(
            json.dumps(
                {
                    "varnish": topology.varnish_url,
                    "app_servers": topology.app_urls,
                    "s3": topology.s3_url,
                    "logs": str(topology.state),
                },
                indent=2,
            )
        )
    elif argv[:1] == ["stop"]:
        topology.stop()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
