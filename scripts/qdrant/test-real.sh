#!/usr/bin/env bash
# Runs the Qdrant conformance suites against a real Qdrant (category RealQdrant), one throw-away collection per case.
# QDRANT_URL is Qdrant's gRPC endpoint (default http://localhost:6334, e.g. from `docker compose up -d qdrant`; 6333 is
# its REST port, which Qdrant.Client does not speak) and QDRANT_API_KEY its key when auth is on. The tests fail, never
# skip, when Qdrant is not reachable.
set -euo pipefail
cd "$(dirname "$0")/../.."

export QDRANT_URL="${QDRANT_URL:-http://localhost:6334}"
hostport="${QDRANT_URL#*://}"; hostport="${hostport%%/*}"
if ! timeout 5 bash -c "exec 3<>/dev/tcp/${hostport%:*}/${hostport##*:}" 2>/dev/null; then
  echo "error: nothing listens at $QDRANT_URL (start Qdrant with: docker compose up -d qdrant)" >&2
  exit 1
fi

echo "== RealQdrant conformance suites against $QDRANT_URL"
dotnet test tests/GenGateway.Storage.Tests --nologo --filter Category=RealQdrant "$@"
