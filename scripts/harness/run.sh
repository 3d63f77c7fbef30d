#!/usr/bin/env bash
# Side-by-side speed harness, all in one run inside a private network namespace (loopback only):
#   (a) the fake upstream direct, (b) Portkey's gateway from npm, (c) GenGateway's full pipeline (answer cache off;
#   the upstream's answer passes the guardrail, checked before measuring), (d) a bare ASP.NET Core + HttpClient proxy.
# The server under test runs alone on core 0; wrk and the upstream share core 1. For each target: a warm-up, then
# ROUNDS runs of SECONDS at each connection count; the table gives medians, CPU per request and peak memory.
#   scripts/harness/run.sh                 # the table (about 4 × (30 + 3 × 3 × 10) s ≈ 8 min)
#   scripts/harness/run.sh --faults        # fault mode: 30% upstream failures, an outage, recovery (≈ 1 min)
# Environment: SECONDS_PER_RUN (10), WARMUP (30), ROUNDS (3), CONNECTIONS ("1 16 64"), TARGETS ("direct portkey gengateway floor").
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work="$root/scripts/harness/.work"
harness="$root/tests/GenGateway.Harness/bin/Release/net10.0/GenGateway.Harness.dll"
server="$root/src/GenGateway.Server/bin/Release/net10.0/GenGateway.Server.dll"

if [[ "${1:-}" != "--inside" ]]; then
  # Outside the namespace: everything that needs the package registries.
  [[ $(id -u) == 0 ]] || { echo "harness: needs root (unshare -n, taskset)" >&2; exit 2; }
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  command -v ss >/dev/null || { apt-get update -qq && apt-get install -y -qq iproute2 >/dev/null; }
  mkdir -p "$work"
  if [[ ! -f "$work/node_modules/@portkey-ai/gateway/build/start-server.js" ]]; then
    echo "== installing @portkey-ai/gateway@1.15.2 into $work"
    (cd "$work" && npm install --silent --no-audit --no-fund @portkey-ai/gateway@1.15.2 >/dev/null)
  fi
  echo "== building GenGateway.Server and the harness (Release)"
  dotnet build -c Release src/GenGateway.Server -nologo -v q >/dev/null
  dotnet build -c Release tests/GenGateway.Harness -nologo -v q >/dev/null
  exec unshare -n -- "$0" --inside "$@"
fi
shift

# Inside: only loopback exists. Check before sending any load.
ip link set lo up
if ip -o link show | grep -v ': lo:' | grep -q .; then
  echo "harness: a non-loopback interface is visible; refusing to send load" >&2
  exit 2
fi

seconds=${SECONDS_PER_RUN:-10}
warmup=${WARMUP:-30}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-"1 16 64"}
targets=${TARGETS:-"direct portkey gengateway floor"}
ticks=$(getconf CLK_TCK)
upstream_port=19100
target_port=19200
data=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT

wait_port() { for _ in $(seq 1 300); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; echo "harness: nothing listens on $1" >&2; exit 1; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
only_loopback() {
  if ss -ltnH | awk '{ print $4 }' | grep -v '^127\.0\.0\.1:' | grep -q .; then
    echo "harness: something listens beyond 127.0.0.1:" >&2; ss -ltnp >&2; exit 1
  fi
}

start_upstream() {
  taskset -c 1 dotnet "$harness" upstream --port "$upstream_port" --fault-rate "${1:-0}" >/dev/null &
  upstream_pid=$!; pids+=("$upstream_pid"); wait_port "$upstream_port"
}

start_gateway() {
  OPENAI_API_KEY=harness OPENAI_BASE_URL="http://127.0.0.1:$upstream_port/v1" GENGATEWAY_MODEL=fake-model \
  GenGateway__Embeddings__Provider="${GATEWAY_EMBEDDER:-hashing}" \
    taskset -c 0 dotnet "$server" --urls "http://127.0.0.1:$target_port" --GenGateway:DataDirectory "$data/gateway" \
    --GenGateway:Cache:Enabled false --Logging:LogLevel:Default Warning "$@" >"$data/gateway.log" 2>&1 &
  target_pid=$!; pids+=("$target_pid"); wait_port "$target_port"
}

start_target() {
  case "$1" in
    direct) target_pid=$upstream_pid; path=/v1/chat/completions; body="$root/scripts/harness/chat.json"; headers=""; port=$upstream_port; return ;;
    portkey)
      taskset -c 0 node --import "$root/scripts/harness/loopback-only.mjs" "$work/node_modules/@portkey-ai/gateway/build/start-server.js" --port="$target_port" --headless >/dev/null 2>&1 &
      target_pid=$!; pids+=("$target_pid"); wait_port "$target_port"
      path=/v1/chat/completions; body="$root/scripts/harness/chat.json"
      headers="x-portkey-provider: openai|x-portkey-custom-host: http://127.0.0.1:$upstream_port/v1|Authorization: Bearer harness" ;;
    gengateway)
      start_gateway
      path=/v1/subject-lines; body="$root/scripts/load/subject-lines.json"; headers=""
      answer=$(curl -s -X POST -H 'Content-Type: application/json' --data @"$body" "http://127.0.0.1:$target_port$path")
      if ! grep -q '"source":"model"' <<<"$answer" || [[ $(grep -o '"decision":"released"' <<<"$answer" | wc -l) -ne 3 ]]; then
        echo "harness: the gateway did not release the upstream's three lines as model output:" >&2; echo "$answer" >&2; exit 1
      fi ;;
    floor)
      taskset -c 0 dotnet "$harness" floor --port "$target_port" --upstream "http://127.0.0.1:$upstream_port/" >/dev/null &
      target_pid=$!; pids+=("$target_pid"); wait_port "$target_port"
      path=/v1/chat/completions; body="$root/scripts/harness/chat.json"; headers="" ;;
  esac
  port=$target_port
}

stop_target() {
  [[ "$1" == direct ]] && return
  kill "$target_pid"; wait "$target_pid" 2>/dev/null || true
}

run_wrk() { # connections seconds -> "req/s p50ms p99ms requests"
  BODY="$body" HEADERS="$headers" taskset -c 1 wrk -t1 -c"$1" -d"$2"s --latency -s "$root/scripts/harness/post.lua" \
    "http://127.0.0.1:$port$path" | awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
      /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /requests in/ { n = $1 } /^Requests\/sec/ { rps = $2 }
      /Non-2xx/ { bad = $NF } END { printf "%s %.3f %.3f %s %d\n", rps, p50, p99, n, bad }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [[ "${1:-}" == "--faults" ]]; then
  start_upstream 0
  GATEWAY_EMBEDDER=openai start_gateway --GenGateway:Embeddings:BaseUrl "http://127.0.0.1:$upstream_port/v1" --GenGateway:Embeddings:Model fake-embed --GenGateway:Embeddings:Dimensions 8 --GenGateway:Embeddings:ApiKey harness
  control() { curl -s -X POST -H 'Content-Type: application/json' --data "{\"faultRate\":$1}" "http://127.0.0.1:$upstream_port/control" >/dev/null || true; }
  (cd "$root" && dotnet "$harness" faults --gateway "http://127.0.0.1:$target_port" --upstream-control "http://127.0.0.1:$upstream_port" --seconds 45) &
  driver=$!
  sleep 8;  echo "== t≈8 s: upstream fails 30% of calls (500, 503, 429 + Retry-After, stalls, dropped connections)"; control 0.3
  sleep 10; echo "== t≈18 s: upstream stopped (connections refused)"; kill -9 "$upstream_pid"; wait "$upstream_pid" 2>/dev/null || true
  sleep 7;  echo "== t≈25 s: upstream back, still failing 30%"; start_upstream 0.3
  sleep 7;  echo "== t≈32 s: faults cleared"; control 0
  status=0; wait "$driver" || status=$?
  exit "$status"
fi

start_upstream 0
out="$data/results"
for target in $targets; do
  start_target "$target"
  [[ "$target" == portkey ]] && only_loopback
  echo "== $target: warm-up ${warmup} s" >&2
  run_wrk 16 "$warmup" >/dev/null
  for c in $connections; do
    for r in $(seq 1 "$rounds"); do
      before=$(cpu_ticks "$target_pid")
      read -r rps p50 p99 n bad < <(run_wrk "$c" "$seconds")
      after=$(cpu_ticks "$target_pid")
      cpu=$(awk -v d=$((after - before)) -v t="$ticks" -v n="$n" 'BEGIN { printf "%.3f", n ? d * 1000 / t / n : 0 }')
      echo "$target $c $rps $p50 $p99 $cpu $bad" >>"$out"
      echo "   $target c=$c round $r: $rps req/s p50 $p50 ms p99 $p99 ms cpu/req $cpu ms non-2xx $bad" >&2
    done
  done
  peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$target_pid/status")
  echo "$target peak $peak" >>"$out.peak"
  stop_target "$target"
done

echo
echo "Harness $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')); ${rounds}×${seconds} s per cell after ${warmup} s warm-up; medians."
echo
echo "| target | connections | req/s | p50 ms | p99 ms | added p50 ms | CPU ms/req | peak MiB |"
echo "|---|---|---|---|---|---|---|---|"
for target in $targets; do
  for c in $connections; do
    rps=$(awk -v t="$target" -v c="$c" '$1 == t && $2 == c { print $3 }' "$out" | median)
    p50=$(awk -v t="$target" -v c="$c" '$1 == t && $2 == c { print $4 }' "$out" | median)
    p99=$(awk -v t="$target" -v c="$c" '$1 == t && $2 == c { print $5 }' "$out" | median)
    cpu=$(awk -v t="$target" -v c="$c" '$1 == t && $2 == c { print $6 }' "$out" | median)
    base=$(awk -v c="$c" '$1 == "direct" && $2 == c { print $4 }' "$out" | median)
    peak=$(awk -v t="$target" '$1 == t { print $3 }' "$out.peak")
    added=$(awk -v a="$p50" -v b="${base:-0}" 'BEGIN { printf "%.3f", a - b }')
    echo "| $target | $c | $rps | $p50 | $p99 | $added | $cpu | $peak |"
  done
done
if grep -q '^gengateway ' "$out"; then
  echo
  for c in $connections; do
    g=$(awk -v c="$c" '$1 == "gengateway" && $2 == c { print $3 }' "$out" | median)
    p=$(awk -v c="$c" '$1 == "portkey" && $2 == c { print $3 }' "$out" | median)
    f=$(awk -v c="$c" '$1 == "floor" && $2 == c { print $3 }' "$out" | median)
    awk -v c="$c" -v g="$g" -v p="${p:-0}" -v f="${f:-0}" 'BEGIN { printf "c=%s: GenGateway / Portkey = %s, GenGateway / floor = %s\n", c, ((p > 0) ? sprintf("%.2f×", g / p) : "n/a"), ((f > 0) ? sprintf("%.2f×", g / f) : "n/a") }'
  done
fi
