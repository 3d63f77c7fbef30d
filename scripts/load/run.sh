#!/usr/bin/env bash
# Starts the gateway (Release, embedded defaults) on loopback, drives each endpoint with the load harness, stops it.
# Usage: scripts/load/run.sh [concurrency] [requests]
set -euo pipefail
cd "$(dirname "$0")/../.."
concurrency=${1:-8}
requests=${2:-3000}
port=18080
dotnet build -c Release src/GenGateway.Server >/dev/null
dotnet build -c Release tests/GenGateway.LoadTest >/dev/null
dotnet src/GenGateway.Server/bin/Release/net10.0/GenGateway.Server.dll --urls "http://127.0.0.1:$port" \
  --GenGateway:DataDirectory "$(mktemp -d)" --Logging:LogLevel:Default Warning >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
for task in subject-lines smart-replies ui-copy; do
  dotnet tests/GenGateway.LoadTest/bin/Release/net10.0/GenGateway.LoadTest.dll "http://127.0.0.1:$port" "/v1/$task" "scripts/load/$task.json" "$concurrency" "$requests" 60
done
