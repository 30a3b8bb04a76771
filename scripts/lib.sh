# Shared set-up steps for scripts/demo.sh and scripts/test.sh. Sourced, not run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# apt-get install the given Debian packages when we are root (or have sudo); otherwise say
# exactly what is missing and stop.
apt_install() {
    local apt=""
    if [ "$(id -u)" = 0 ]; then apt="apt-get"; elif command -v sudo >/dev/null; then apt="sudo apt-get"; fi
    [ -n "$apt" ] || die "missing system packages: $*. Install them with: sudo apt-get install $*"
    say "installing system packages: $*"
    $apt update -qq >/dev/null || true
    DEBIAN_FRONTEND=noninteractive $apt install -y -qq "$@" >/dev/null \
        || die "could not install: $*. Install them with: sudo apt-get install $*"
}

need_python() {
    command -v python3 >/dev/null || apt_install python3 python3-venv
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "Python 3.11 or newer is needed (found $(python3 --version))"
    python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv
}

# Python packages into .venv, pinned by requirements/constraints.txt. EXTRAS is "" or "[test]".
install_python() {
    local extras="${1:-}"
    need_python
    [ -x "$PY" ] || { say "creating .venv"; python3 -m venv "$VENV"; }
    say "installing Python packages$extras"
    "$PY" -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | grep -v '^WARNING' || true
    "$PY" -m pip install -q --disable-pip-version-check \
        -c requirements/constraints.txt -e ".$extras" 2>&1 | grep -v '^WARNING' || true
    "$PY" -c 'import wagtail, weasyprint' || die "Python packages did not install; see pip's output above"
}

# Fonts (PT Sans/Serif, which carry the Bashkir letters) and Leaflet come from npm.
install_assets() {
    command -v npm >/dev/null || apt_install nodejs npm
    say "installing front-end packages (npm ci)"
    npm ci --silent --no-audit --no-fund
}

# WeasyPrint needs Pango; Debian's python images usually have it, minimal ones do not.
install_weasyprint_libs() {
    "$PY" -c 'import weasyprint' 2>/dev/null || apt_install libpango-1.0-0 libpangoft2-1.0-0
}

# The production topology on one machine (deploy/topology.py: the smoke test, the benchmark):
# Varnish, nginx and Redis from Debian; wrk for bench/site_bench.py.
need_topology_packages() {
    local missing=()
    command -v varnishd >/dev/null || missing+=(varnish)
    command -v nginx >/dev/null || missing+=(nginx)
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v wrk >/dev/null || missing+=(wrk)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}
