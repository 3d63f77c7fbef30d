#!/usr/bin/env bash
# Local-model benchmarks (BenchmarkDotNet, in-process, Release) on one ~100M-parameter random-weight GGUF written on
# first run to $TMPDIR/gengateway-llama-bench:
#   - the gateway's local IChatClient against a raw decode loop on LLamaSharp's lowest-level API (prompt 256 tokens,
#     generate 64), same tokens, same threads;
#   - the context pool against LLamaSharp's BatchedExecutor at 1, 2 and 4 concurrent requests.
#   scripts/llama/bench.sh                 # both, 2 threads per context
#   THREADS=4 scripts/llama/bench.sh raw   # only the chat-client comparison, 4 threads
#   THREADS=1 ITERATIONS=5 scripts/llama/bench.sh   # a busy shared machine: llama.cpp's threads spin at every
#                                                   # barrier, so 2 threads on 2 contended cores crawl
set -euo pipefail
cd "$(dirname "$0")/../.."
case "${1:-all}" in
  raw) filter='*LocalChatClientVsRawLoop*' ;;
  concurrency) filter='*ContextPoolVsBatchedExecutor*' ;;
  all) filter='*LlamaCpp*' ;;
  *) echo "usage: $0 [raw|concurrency|all]" >&2; exit 2 ;;
esac
dotnet build -c Release -nologo -v q tests/GenGateway.Benchmarks
GENGATEWAY_BENCH_THREADS=${THREADS:-2} GENGATEWAY_BENCH_ITERATIONS=${ITERATIONS:-10} dotnet run -c Release --no-build --project tests/GenGateway.Benchmarks -- \
  --filter "$filter" --artifacts "${TMPDIR:-/tmp}/gengateway-llama-bench/results"
