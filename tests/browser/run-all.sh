#!/usr/bin/env bash
# Validity and accessibility of a site, checked by real tools in a real browser.
#
#   tests/browser/run-all.sh PUBLISH_BINARY SITE_DIR
#
# Builds SITE_DIR with the real binary into a temporary folder, serves it on 127.0.0.1 (under the
# site's base path) and runs check-site.test.mjs with node's test runner: the Nu Html Checker on
# every page, axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page in headless Chromium at
# 1280x900 and 320x640, reflow at 320 px, the search, keyboard-only use, a link checker over the
# files, and no request leaving 127.0.0.1. Exits non-zero on any failure.
#
# Installs what it needs when missing: Debian's default-jre-headless and chromium (as root, with
# apt-get) and the pinned npm packages (npm ci from package-lock.json).
#
# Environment:
#   PUBLISH_BUILD_ARGS   extra arguments for "publish build" (e.g. --no-pdf; then links to PDFs
#                        are not checked)
#   BROWSER_SEARCH_WORD  the word to search for (default: "neglect" or "safety")
#   BROWSER_KEEP=1       keep the temporary folder (its path is printed)
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 PUBLISH_BINARY SITE_DIR" >&2
  exit 2
fi
started=$(date +%s%N)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
publish=$(realpath "$1")
site=$(realpath "$2")
[ -x "$publish" ] || { echo "error: $1 is not an executable" >&2; exit 2; }
[ -f "$site/data/site.json" ] || { echo "error: $2 has no data/site.json" >&2; exit 2; }

# --- Set-up, once at a time (ctest may start the example and the small site together). ---
lock="${TMPDIR:-/tmp}/publish-browser-setup.lock"
exec 9>"$lock"
flock 9
missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: missing ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "installing the pinned npm packages (npm ci)"
  # --ignore-scripts: vnu-jar's postinstall would download a Java; Debian's is used instead.
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
flock -u 9

# --- Build. ---
work=$(mktemp -d "${TMPDIR:-/tmp}/publish-browser.XXXXXX")
cleanup() { if [ "${BROWSER_KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
read -r -a build_args <<<"${PUBLISH_BUILD_ARGS:-}"
no_pdf=0
for a in "${build_args[@]}"; do [ "$a" = --no-pdf ] && no_pdf=1; done
echo "building $site"
"$publish" build --site "$site" --out "$work/out" --quiet "${build_args[@]}"

# --- Check. ---
status=0
(
  cd "$here"
  BROWSER_OUT="$work/out" BROWSER_SITE="$site" BROWSER_SUMMARY="$work/summary.json" BROWSER_NO_PDF=$no_pdf \
    node --test --test-reporter=spec check-site.test.mjs
) || status=$?

elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
node - "$work/summary.json" "$elapsed_ms" "$status" <<'EOF'
const fs = require('fs');
const [file, elapsed, status] = process.argv.slice(2);
if (!fs.existsSync(file)) { console.log(`\nbrowser checks: no summary (the test run failed to start), exit ${status}`); process.exit(0); }
const s = JSON.parse(fs.readFileSync(file, 'utf8'));
const l = s.links ?? {};
console.log(`
== browser checks: ${s.site} ==
pages checked:                  ${s.pages}
Nu Html Checker errors:         ${s.vnuErrors ?? 'not run'}
${Object.entries(s.axe).map(([k, a]) => `axe violations at ${k}:`.padEnd(32) + `${a.violations} (${a.pages} pages, ${a.nodes} elements)`).join('\n')}
sideways scrolling at 320 px:   ${s.overflow320.length} pages
search:                         ${s.search ? `"${s.search.word}": ${s.search.results} results, announced "${s.search.announced}"` : 'not run'}
keyboard:                       ${Object.entries(s.keyboard).map(([p, k]) => `${p} ${k.reached}/${k.stops} stops, ${k.problems} problems`).join('; ') || 'not run'}
links:                          ${l.checked ?? '?'} internal checked, ${l.broken ?? '?'} broken, ${l.external ?? '?'} external (not fetched)${l.skippedPdf ? `, ${l.skippedPdf} PDF links skipped (--no-pdf)` : ''}
requests leaving 127.0.0.1:     ${s.outsideRequests.length}
console errors:                 ${s.consoleErrors.length}
failures:                       ${s.failures.length}${s.failures.length ? '\n  ' + s.failures.join('\n  ') : ''}
time:                           ${(Number(elapsed) / 1000).toFixed(1)} s`);
EOF
exit $status
