"""The repository's VCL in a real Varnish: a PURGE drops one path, a BAN (a change shown on
every page) drops everything, both sent by the app's frontend-cache backend.

Needs Debian's varnish (installed for the topology smoke test); skipped where it is missing.
"""

import itertools
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cms.page_cache import VarnishBackend

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "konstruktor.vcl"

pytestmark = pytest.mark.skipif(not shutil.which("varnishd"), reason="needs varnishd")


class App(BaseHTTPRequestHandler):
    """Stands in for the app: every answer is cacheable and numbered, so a fresh one shows."""

    answers = itertools.count(1)

    def do_GET(self):  # noqa: N802 - the HTTP method's name
        body = f"{self.path} answer {next(self.answers)}".encode()
        self.send_response(200)
        self.send_header("Cache-Control", "public, max-age=0, s-maxage=600")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish(tmp_path):
    app = ThreadingHTTPServer(("127.0.0.1", 0), App)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    vcl = tmp_path / "konstruktor.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8080";', f'.port = "{app.server_port}";'))
    port = free_port()
    process = subprocess.Popen(
        ["varnishd", "-F", "-j", "none", "-n", str(tmp_path / "varnish")]
        + ["-a", f"127.0.0.1:{port}", "-f", str(vcl), "-s", "malloc,16m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            fetch(url + "/ready/")
            break
        except OSError:
            assert time.monotonic() < deadline, "Varnish did not come up"
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(10)
    app.shutdown()
    app.server_close()


def fetch(url: str) -> tuple[str, str]:
    """The body and Varnish's X-Cache of an anonymous GET."""
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback)
        return response.read().decode(), response.headers["X-Cache"]


def cached(url: str) -> str:
    fetch(url)
    body, hit = fetch(url)
    assert hit == "HIT", url
    return body


def test_a_purge_drops_one_path_and_a_ban_drops_everything(varnish):
    paths = ["/ru/", "/ru/cases/?page=2", "/api/v2/pages/"]
    before = {path: cached(varnish + path) for path in paths}
    backend = VarnishBackend({"LOCATION": varnish})

    backend.purge("http://localhost/ru/cases/")
    body, hit = fetch(varnish + "/ru/cases/?page=2")
    assert hit == "MISS" and body != before["/ru/cases/?page=2"]
    assert fetch(varnish + "/ru/") == (before["/ru/"], "HIT")

    stored = {path: cached(varnish + path) for path in paths}
    backend.ban_everything()
    for path in paths:
        body, hit = fetch(varnish + path)
        assert hit == "MISS" and body != stored[path], path
