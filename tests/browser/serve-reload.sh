#!/usr/bin/env bash
# publish serve in headless Chromium: live reload, the error overlay, no CSP violation.
#
#   tests/browser/serve-reload.sh PUBLISH_BINARY SITE_DIR PAGE FILE
#
# Copies SITE_DIR to a temporary folder, starts `publish serve` on a free port, and runs
# serve-reload.test.mjs against PAGE (a path under the site, e.g. briefings/safety-plans/) whose
# source is FILE (e.g. content/briefings/safety-plans.md). Stops serve (by its pid) at the end.
# Installs Chromium (apt-get) and the pinned npm packages (npm ci) when missing, like run-all.sh.
set -euo pipefail
if [ $# -ne 4 ]; then
  echo "usage: $0 PUBLISH_BINARY SITE_DIR PAGE FILE" >&2
  exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
publish=$(realpath "$1")
site=$(realpath "$2")

lock="${TMPDIR:-/tmp}/publish-browser-setup.lock"
exec 9>"$lock"
flock 9
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "error: missing chromium; install it with: sudo apt-get install chromium" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
flock -u 9

work=$(mktemp -d "${TMPDIR:-/tmp}/publish-serve-browser.XXXXXX")
serve_pid=
cleanup() {
  [ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
cp -r "$site" "$work/site"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base=$(python3 -c 'import json,sys,urllib.parse; print(urllib.parse.urlparse(json.load(open(sys.argv[1]))["base_url"]).path or "/")' "$work/site/data/site.json")
"$publish" serve --site "$work/site" --port "$port" > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 600); do
  grep -q "^Serving" "$work/serve.log" && break
  kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.1
done
status=0
(cd "$here" && SERVE_URL="http://127.0.0.1:$port$base" SERVE_SITE="$work/site" SERVE_PAGE="$3" SERVE_FILE="$4" \
  node --test --test-reporter=spec serve-reload.test.mjs) || status=$?
echo "--- publish serve said:"
cat "$work/serve.log"
exit $status
