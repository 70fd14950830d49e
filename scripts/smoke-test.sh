#!/usr/bin/env bash
# Fresh-machine smoke test: start the production build with NO environment
# variables (no DATABASE_URL, no PORT, nothing), as a newcomer would, and check
# that /api/v1/search?q=70551 answers with prices from five or more hospitals and
# that the /search page shows them, styled and without any script.
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf .data/postgres .data/demo   # a fresh machine has no database yet
log=$(mktemp)
# Own process group, so the whole tree (npm, tsx, Next.js, PostgreSQL) is stopped
# together: npm does not pass SIGTERM on to its children.
setsid env -i PATH="$PATH" HOME="${HOME:-/root}" npm start >"$log" 2>&1 &
pid=$!
cleanup() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}
trap cleanup EXIT

url="http://localhost:3000/api/v1/search?q=70551"
for _ in $(seq 1 180); do
  if body=$(curl -fsS "$url" 2>/dev/null); then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "server exited:"; cat "$log"; exit 1; fi
  sleep 1
done
if [ -z "${body:-}" ]; then echo "no answer from $url within 180 s:"; cat "$log"; exit 1; fi

node -e '
  const body = JSON.parse(process.argv[1]);
  const hospitals = new Set();
  let prices = 0;
  for (const s of body.services ?? []) for (const h of s.hospitals ?? []) {
    hospitals.add(h.hospital?.slug);
    if (h.gross != null || h.discountedCash != null || (h.payers ?? []).some((p) => p.negotiatedDollar != null)) prices++;
  }
  console.log(`70551: ${hospitals.size} hospitals, ${prices} with prices`);
  if (hospitals.size < 5 || prices < 5) { console.error("expected prices from 5+ hospitals"); process.exit(1); }
' "$body"
# The search page: styled, with results, and no script at all (ADR 14).
page=$(curl -fsS --compressed "http://localhost:3000/search?q=70551")
css=$(printf '%s' "$page" | grep -o '<link rel="stylesheet" href="[^"]*"' | head -1 | cut -d'"' -f4 || true)
if [ -z "$css" ]; then echo "/search links no stylesheet"; exit 1; fi
curl -fsS -o /dev/null -w "search page stylesheet %{http_code}\n" "http://localhost:3000$css"
if ! printf '%s' "$page" | grep -q 'data-testid="result-summary"'; then echo "/search?q=70551 shows no results"; exit 1; fi
if printf '%s' "$page" | grep -qi '<script'; then echo "/search ships a script"; exit 1; fi
echo "search page: results, no script"
curl -fsS -o /dev/null -w "health %{http_code}\n" http://localhost:3000/api/health
curl -fsS -o /dev/null -w "ready %{http_code}\n" http://localhost:3000/api/ready
# Security headers: pages from the request guard (a CSP with a nonce), the JSON endpoints it
# skips from next.config.ts (a CSP that allows nothing).
header() { curl -fsS -o /dev/null -D - "$1" | tr -d '\r' | grep -i "^$2:" | head -1; }
for path in "/api/v1/search?q=70551" /api/health; do
  if ! header "http://localhost:3000$path" content-security-policy | grep -q "default-src 'none'"; then echo "$path: no CSP"; exit 1; fi
  if ! header "http://localhost:3000$path" x-content-type-options | grep -q nosniff; then echo "$path: no nosniff"; exit 1; fi
done
if ! header "http://localhost:3000/search?q=70551" content-security-policy | grep -q "'nonce-"; then echo "/search: no CSP nonce"; exit 1; fi
echo "security headers: pages and JSON endpoints"
echo "smoke test passed"
