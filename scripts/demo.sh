#!/usr/bin/env bash
# Install everything and run the platform with demo content on SQLite at http://127.0.0.1:8000,
# with a background-task worker beside the web server. Ctrl+C stops both.
source "$(dirname "$0")/lib.sh"
export DJANGO_SETTINGS_MODULE=cms.settings.dev
ADDRESS="${DEMO_ADDRESS:-127.0.0.1:8000}"
export WAGTAILADMIN_BASE_URL="${WAGTAILADMIN_BASE_URL:-http://$ADDRESS}"
# Page actions and every background task log at INFO; the demo's console keeps to warnings.
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"

install_python ""
install_weasyprint_libs
install_assets

say "preparing the database (db.sqlite3)"
"$PY" manage.py migrate --no-input -v 0
say "seeding demo content"
"$PY" manage.py seed_demo
"$PY" manage.py create_demo_users

say "starting the task worker and the web server"
"$PY" manage.py db_worker &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM
"$PY" manage.py runserver "$ADDRESS"
