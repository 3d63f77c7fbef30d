#!/usr/bin/env bash
# Benchmark: the same N-case suite (default 1,000) with 5 deterministic assertions a case, against one loopback fake
# OpenAI server, run by `gengateway eval run` and by promptfoo, each timed wall-clock from process start to exit.
#   bash scripts/promptfoo/bench.sh [cases] [concurrency]
# Both tools read the same promptfoo-style tests file; caches are off in both. promptfoo runs twice: as it comes
# (results written to its SQLite store) and with --no-write. Prints the times and ratios and writes
# scripts/promptfoo/out/bench/results.json.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
cases="${1:-1000}"
concurrency="${2:-16}"
out="$here/out/bench"
rm -rf "$out" && mkdir -p "$out"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

pf_install
dotnet build "$repo/src/GenGateway.Cli" -c Release -nologo -v q >/dev/null
gg_dll="$repo/src/GenGateway.Cli/bin/Release/net10.0/gengateway.dll"
start_fake_openai "$out/fake.log"; pids+=("$FAKE_PID")

node -e '
  const n = Number(process.argv[1]); const lines = [];
  for (let i = 1; i <= n; i++) {
    const product = `model ${i} widgets`;
    lines.push(`- description: case ${i}`,
      `  vars: { count: 3, brief: { product: "${product}", offer: "${i % 50}% off" } }`,
      `  assert:`,
      `    - { type: icontains, value: "${product}" }`,
      `    - { type: not-icontains, value: cheap }`,
      `    - { type: regex, value: "[Ww]idgets" }`,
      `    - { type: icontains-any, value: ["${product}", "gadgets"] }`,
      `    - { type: not-contains-any, value: [FREE, guaranteed] }`);
  }
  require("fs").writeFileSync(process.argv[2], lines.join("\n") + "\n");
' "$cases" "$out/bench-tests.yaml"

cat > "$out/gengateway.yaml" <<YAML
description: benchmark, $cases cases
prompt: subject-lines
providers: [ openai:fake-model ]
tests: file://bench-tests.yaml
YAML
cat > "$out/promptfooconfig.yaml" <<YAML
description: benchmark, $cases cases
prompts:
  - "Write {{count}} email subject lines as a JSON array of strings.\nProduct: {{brief.product}}\nOffer: {{brief.offer}}"
providers:
  - id: openai:chat:fake-model
    config: { apiBaseUrl: "http://127.0.0.1:$FAKE_PORT/v1", apiKey: fake-key, temperature: 0 }
tests: file://bench-tests.yaml
YAML

now() { date +%s.%N; }
elapsed() { python3 -c "print(round($2 - $1, 2))"; }

# Warm the disk cache of both tools' files so neither pays a cold first read.
dotnet "$gg_dll" --help >/dev/null; pf --version >/dev/null 2>&1

t0=$(now)
OPENAI_API_KEY=fake-key OPENAI_BASE_URL="http://127.0.0.1:$FAKE_PORT/v1" CI=true \
  dotnet "$gg_dll" eval run "$out/gengateway.yaml" --no-cache --concurrency "$concurrency" --json "$out/gengateway.json" > "$out/gengateway.log" 2>&1 \
  || { echo "gengateway run failed:"; tail -20 "$out/gengateway.log"; exit 1; }
t1=$(now)
(cd "$out" && pf eval -c promptfooconfig.yaml --no-cache --no-share -j "$concurrency" --no-progress-bar -o promptfoo.json > promptfoo.log 2>&1) \
  || { echo "promptfoo run failed:"; tail -20 "$out/promptfoo.log"; exit 1; }
t2=$(now)
(cd "$out" && pf eval -c promptfooconfig.yaml --no-cache --no-share -j "$concurrency" --no-progress-bar --no-write > promptfoo-nowrite.log 2>&1) \
  || { echo "promptfoo --no-write run failed:"; tail -20 "$out/promptfoo-nowrite.log"; exit 1; }
t3=$(now)

gg=$(elapsed "$t0" "$t1"); pfw=$(elapsed "$t1" "$t2"); pfn=$(elapsed "$t2" "$t3")
node -e '
  const [ggFile, pfFile, cases, gg, pfw, pfn, conc] = process.argv.slice(1);
  const g = require(ggFile).summary; const p = require(pfFile).results.stats;
  if (g.passed !== Number(cases) || p.successes !== Number(cases)) { console.error("not every case passed:", JSON.stringify(g), JSON.stringify(p)); process.exit(1); }
  const r = { cases: Number(cases), assertionsPerCase: 5, concurrency: Number(conc), gengatewaySeconds: Number(gg),
    promptfooSeconds: Number(pfw), promptfooNoWriteSeconds: Number(pfn),
    ratio: +(pfw / gg).toFixed(1), ratioNoWrite: +(pfn / gg).toFixed(1) };
  require("fs").writeFileSync(require("path").join(require("path").dirname(ggFile), "results.json"), JSON.stringify(r, null, 2));
  console.log(`${cases} cases x 5 assertions, concurrency ${conc}, loopback fake OpenAI server, caches off`);
  console.log(`gengateway eval run      ${gg} s`);
  console.log(`promptfoo eval           ${pfw} s   (${r.ratio}x gengateway)`);
  console.log(`promptfoo eval --no-write ${pfn} s   (${r.ratioNoWrite}x gengateway)`);
' "$out/gengateway.json" "$out/promptfoo.json" "$cases" "$gg" "$pfw" "$pfn" "$concurrency"
