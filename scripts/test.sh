#!/usr/bin/env bash
# Install what the tests need and run every test: Django checks, migrations check, the pytest
# suite (browser tests in Debian's Chromium included) and the linters.
# Set DATABASE_URL to run the same suite on PostgreSQL.
source "$(dirname "$0")/lib.sh"
export DJANGO_SETTINGS_MODULE=cms.settings.test

install_python "[test]"
install_weasyprint_libs
install_assets
[ -x /usr/bin/chromium ] || apt_install chromium
[ -f /usr/share/java/epubcheck.jar ] || apt_install epubcheck
# A CMYK ICC profile (Ghostscript's) for the test of the print in the printing house's CMYK.
[ -f /usr/share/color/icc/ghostscript/default_cmyk.icc ] || apt_install libgs-common
# pg_dump and pg_restore for the backup and restore drill on PostgreSQL.
command -v pg_dump >/dev/null || apt_install postgresql-client

say "checks"
"$PY" manage.py check --fail-level WARNING
"$PY" manage.py makemigrations --check --dry-run >/dev/null \
    || die "models have changes without migrations: run manage.py makemigrations"
say "tests on ${DATABASE_URL:-SQLite}"
"$PY" -m pytest "$@"
say "lint"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
