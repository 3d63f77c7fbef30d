#!/usr/bin/env bash
# promptfoo interop check, run by .ci/run after the README's test command:   bash scripts/promptfoo/interop.sh
# 1. promptfoo (real, from npm) calls the gateway as its HTTP provider (gateway -> loopback fake OpenAI server)
#    on shared promptfoo-style tests: all pass (exit 0); a deliberately failing test fails (exit 100).
# 2. `gengateway eval run` reads the same tests files unchanged: all pass (exit 0), the failing one fails (exit 1).
# Fails loudly when node/npm or the build are missing. Loopback only; every process it starts is stopped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
out="$here/out/interop"
rm -rf "$out" && mkdir -p "$out"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
fail() { echo "promptfoo interop FAILED: $*" >&2; exit 1; }

pf_install
echo "promptfoo $(pf --version 2>/dev/null | tail -1)"
dotnet build "$repo/src/GenGateway.Cli" -nologo -v q >/dev/null
dotnet build "$repo/src/GenGateway.Server" -nologo -v q >/dev/null

start_fake_openai "$out/fake.log"; pids+=("$FAKE_PID")
gw_port=$(free_port)
OPENAI_API_KEY=fake-key OPENAI_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1" GENGATEWAY_MODEL=fake-model GenGateway__DataDirectory="$out/data" \
  dotnet run --project "$repo/src/GenGateway.Server" --no-build -- --urls "http://127.0.0.1:$gw_port" > "$out/gateway.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$gw_port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$gw_port/healthz" >/dev/null || fail "the gateway did not start: $(tail -5 "$out/gateway.log")"

config() { sed -e "s|__GATEWAY__|127.0.0.1:$gw_port|" -e "s|__TESTS__|$here/$1|" "$here/promptfooconfig.gateway.yaml" > "$out/$2"; }
config shared-tests.yaml pass.yaml
config failing-tests.yaml fail.yaml

# --- promptfoo -> gateway (HTTP provider)
set +e
(cd "$out" && pf eval -c pass.yaml --no-cache --no-share -o promptfoo-pass.json > promptfoo-pass.log 2>&1); pass_exit=$?
(cd "$out" && pf eval -c fail.yaml --no-cache --no-share -o promptfoo-fail.json > promptfoo-fail.log 2>&1); fail_exit=$?
set -e
[ "$pass_exit" -eq 0 ] || fail "promptfoo on shared-tests.yaml exited $pass_exit (expected 0); see $out/promptfoo-pass.log"
[ "$fail_exit" -eq 100 ] || fail "promptfoo on failing-tests.yaml exited $fail_exit (expected 100, an assertion failed); see $out/promptfoo-fail.log"
node -e '
  const r = require(process.argv[1]).results; const s = r.stats ?? {};
  const rows = r.results ?? [];
  if (s.successes !== 3 || s.failures !== 0) { console.error("promptfoo pass run:", JSON.stringify(s)); process.exit(1); }
  if (!rows.every(x => x.response && /coats|garden tools|hiking boots/.test(x.response.output))) { console.error("gateway output missing"); process.exit(1); }
  const garden = rows.find(x => x.testCase?.description === "garden tools");
  if (!garden || Math.abs(garden.score - 2 / 3) > 0.01) { console.error("garden tools score:", garden?.score); process.exit(1); }
' "$out/promptfoo-pass.json" || fail "promptfoo's results for the gateway are not 3 passes with gateway output and a 2/3 weighted score"
node -e '
  const r = require(process.argv[1]).results; const rows = r.results ?? [];
  const failed = rows.filter(x => !x.success).map(x => x.testCase?.description);
  if (failed.length !== 1 || failed[0] !== "expects a word no answer has") { console.error("failed:", failed); process.exit(1); }
' "$out/promptfoo-fail.json" || fail "promptfoo did not fail exactly the deliberately failing test"
echo "promptfoo -> gateway HTTP provider: 3 shared tests pass (weighted score 2/3 where one assertion fails), the failing test fails (exit 100)"

# --- gengateway eval run on the same tests files
export OPENAI_API_KEY=fake-key OPENAI_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1"
gg() { dotnet run --project "$repo/src/GenGateway.Cli" --no-build -- eval run "$@"; }
set +e
CI=true gg "$here/gengateway-suite.yaml" --no-cache --json "$out/gg-pass.json" > "$out/gg-pass.log" 2>&1; gg_pass=$?
CI=true gg "$here/gengateway-failing.yaml" --no-cache --json "$out/gg-fail.json" > "$out/gg-fail.log" 2>&1; gg_fail=$?
set -e
[ "$gg_pass" -eq 0 ] || fail "gengateway on shared-tests.yaml exited $gg_pass (expected 0); see $out/gg-pass.log"
[ "$gg_fail" -eq 1 ] || fail "gengateway on failing-tests.yaml exited $gg_fail (expected 1); see $out/gg-fail.log"
node -e '
  const r = require(process.argv[1]);
  if (r.summary.cases !== 6 || r.summary.passed !== 6) { console.error(JSON.stringify(r.summary)); process.exit(1); }
  const garden = r.cases.filter(c => c.description === "garden tools");
  if (garden.length !== 2 || !garden.every(c => Math.abs(c.score - 2 / 3) < 0.01)) { console.error("garden tools scores:", garden.map(c => c.score)); process.exit(1); }
' "$out/gg-pass.json" || fail "gengateway did not pass 3 tests x 2 providers with promptfoo's 2/3 weighted score"
grep -q "FAILED gengateway-failing/openai:fake-model/expects a word no answer has" "$out/gg-fail.log" \
  || fail "gengateway did not name the failing test; see $out/gg-fail.log"
echo "gengateway eval run on the same promptfoo tests: 6 of 6 pass (rules + model) with the same 2/3 score, the failing test fails (exit 1)"
echo "promptfoo interop: OK"
