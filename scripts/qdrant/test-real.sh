#!/usr/bin/env bash
# Runs the vector-store conformance suite against a real Qdrant (category RealQdrant), one throw-away collection per
# case. Needs QDRANT_URL (default http://localhost:6333, e.g. from `docker compose up -d qdrant`) and, if the server
# has auth on, QDRANT_API_KEY. The tests fail, never skip, when Qdrant is not reachable.
set -euo pipefail
cd "$(dirname "$0")/../.."

export QDRANT_URL="${QDRANT_URL:-http://localhost:6333}"
if ! curl -fsS ${QDRANT_API_KEY:+-H "api-key: $QDRANT_API_KEY"} "$QDRANT_URL/readyz" >/dev/null 2>&1; then
  echo "error: no ready Qdrant at $QDRANT_URL (start one with: docker compose up -d qdrant)" >&2
  exit 1
fi

echo "== RealQdrant conformance suite against $QDRANT_URL"
dotnet test tests/GenGateway.Storage.Tests --nologo --filter Category=RealQdrant "$@"
