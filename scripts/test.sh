#!/usr/bin/env bash
# Runs every test a plain clone can run: no ../shared, no network beyond the package registries.
# Checks that need ../shared or heavy tools (Qdrant contract tests, promptfoo interop) run from .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# The answer-cache tests start Debian's redis-server as the second level shared by two gateway hosts.
if ! command -v redis-server >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq redis-server
  else
    echo "missing tool the tests need: redis-server (Debian: sudo apt-get install redis-server)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test GenGateway.sln --nologo \
  --filter "Category!=Contract&Category!=Interop&Category!=RealQdrant" \
  "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line in the plain 'N passed, N failed' form, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
