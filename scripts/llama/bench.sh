#!/usr/bin/env bash
# Prompt and generation tokens/s of GenGateway.LlamaCpp against node-llama-cpp: same pinned native libraries, same
# random-weight GGUF (written on first run), identical prompt tokens, greedy sampling, same thread count. Rounds
# alternate the two bindings so background load hits both alike; the medians and their ratio are printed.
#   scripts/llama/bench.sh                       # defaults below
#   THREADS=2 PROMPT_TOKENS=256 GEN_TOKENS=64 ROUNDS=3 RUNS=2 scripts/llama/bench.sh
#   RT_PRIORITY=1 THREADS=1 scripts/llama/bench.sh   # root: run each binding under SCHED_FIFO priority 1
# On a busy shared machine the wall clock mostly measures how the kernel shares the CPU between processes (a binding
# whose work hops between threads gets a larger share than one steady thread), so tokens per CPU-second are printed
# too, and RT_PRIORITY takes both bindings out of the competition with other processes for the duration of a run.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
threads=${THREADS:-2}
prompt_tokens=${PROMPT_TOKENS:-256}
gen_tokens=${GEN_TOKENS:-64}
rounds=${ROUNDS:-3}
runs=${RUNS:-2}
context=1024
run=()
if [[ -n "${RT_PRIORITY:-}" ]]; then
  run=(chrt -f "$RT_PRIORITY")
fi
work=${BENCH_DIR:-${TMPDIR:-/tmp}/gengateway-llama-bench}

"$here/install.sh" >/dev/null
version="3.22.1"
root="${GENGATEWAY_LLAMA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gengateway/llama}/$version"
vocab="$root/llama.cpp/models/ggml-vocab-llama-spm.gguf"
mkdir -p "$work"
model="$work/random-llama-512x8-f32.gguf"
tokens="$work/prompt-tokens.json"
results="$work/results.jsonl"
: > "$results"

echo "model: $model (llama arch, n_embd 512, 8 blocks, F32, seeded random weights)"
echo "threads: $threads, prompt: $prompt_tokens tokens, generate: $gen_tokens tokens greedy, rounds: $rounds x $runs runs per binding${RT_PRIORITY:+, SCHED_FIFO $RT_PRIORITY}"
# Build once outside the timed runs, so every round starts the same compiled app.
dotnet build -c Release "$here/Bench.cs" >/dev/null
for ((round = 1; round <= rounds; round++)); do
  "${run[@]}" dotnet run --no-build -c Release "$here/Bench.cs" -- "$model" "$vocab" "$tokens" "$prompt_tokens" "$gen_tokens" "$threads" "$context" "$runs" \
    | grep '^{' | tee -a "$results"
  "${run[@]}" node "$here/bench-node.mjs" "$root/node_modules" "$model" "$tokens" "$gen_tokens" "$threads" "$context" "$runs" \
    | grep '^{' | tee -a "$results"
done

node - "$results" <<'JS'
const fs = require("node:fs");
const rows = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map(JSON.parse);
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stat = (binding, key) => median(rows.filter(r => r.binding === binding).map(r => r[key]));
const cs = "GenGateway.LlamaCpp", js = "node-llama-cpp";
for (const [key, label] of [["promptTps", "prompt tokens/s"], ["genTps", "generation tokens/s"],
                            ["promptCpuTps", "prompt tokens/cpu-s"], ["genCpuTps", "gen tokens/cpu-s"]]) {
  const a = stat(cs, key), b = stat(js, key);
  console.log(`${label.padEnd(20)} ${cs} ${a.toFixed(1).padStart(8)}   ${js} ${b.toFixed(1).padStart(8)}   ratio ${(a / b).toFixed(3)}`);
}
JS
