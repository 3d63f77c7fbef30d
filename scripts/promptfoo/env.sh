# Sourced by interop.sh and bench.sh: installs promptfoo from npm into scripts/promptfoo/.work (gitignored) on
# first use and defines `pf`, which runs it offline. Facts behind the settings: ../../../shared/notes/promptfoo.md.
# promptfoo 0.121.20 is the last release that runs on Node 20 (the machine's); 0.122+ needs Node >= 22.22.
PF_VERSION=0.121.20
PF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PF_WORK="$PF_DIR/.work"

pf_install() {
  if [ -x "$PF_WORK/node_modules/.bin/promptfoo" ] && grep -q "\"version\": \"$PF_VERSION\"" "$PF_WORK/node_modules/promptfoo/package.json" 2>/dev/null; then
    return 0
  fi
  command -v npm >/dev/null || { echo "promptfoo check: npm is not installed (Node 20+ with npm is required)" >&2; return 1; }
  mkdir -p "$PF_WORK/home" "$PF_WORK/tmp"
  [ -f "$PF_WORK/package.json" ] || echo '{ "name": "gengateway-promptfoo-interop", "private": true, "version": "0.0.0" }' > "$PF_WORK/package.json"
  echo "installing promptfoo@$PF_VERSION from npm into $PF_WORK (once) ..."
  # --ignore-scripts: install scripts download a browser and onnxruntime, which fails offline and is not needed.
  # --omit=optional plus the one native libsql binary keeps it at ~300 MB instead of 2.5 GB.
  (cd "$PF_WORK" && HOME="$PF_WORK/home" TMPDIR="$PF_WORK/tmp" npm_config_cache="$PF_WORK/npm-cache" \
    npm install --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error \
      "promptfoo@$PF_VERSION" "@libsql/linux-x64-gnu@0.5.29" >/dev/null)
}

# Runs promptfoo with no telemetry, update checks, sharing or remote generation; the proxy points nowhere so the
# one telemetry request it still sends (upstream issue #9968) cannot leave the machine. Loopback is exempt.
pf() {
  HOME="$PF_WORK/home" TMPDIR="$PF_WORK/tmp" \
  PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_DISABLE_SHARING=1 \
  PROMPTFOO_DISABLE_REMOTE_GENERATION=1 PROMPTFOO_CACHE_ENABLED=false PROMPTFOO_DISABLE_DEBUG_LOG=1 \
  PROMPTFOO_CONFIG_DIR="$PF_WORK/pfhome" \
  HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 http_proxy=http://127.0.0.1:9 \
  NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost \
    "$PF_WORK/node_modules/.bin/promptfoo" "$@"
}

# Starts the loopback fake OpenAI server; sets FAKE_PID and FAKE_PORT.
start_fake_openai() {
  local log="$1"
  node "$PF_DIR/fake-openai.mjs" 0 > "$log" 2>&1 &
  FAKE_PID=$!
  for _ in $(seq 1 50); do
    FAKE_PORT=$(awk '/^listening/{print $2}' "$log")
    [ -n "$FAKE_PORT" ] && return 0
    sleep 0.1
  done
  echo "the fake OpenAI server did not start: $(cat "$log")" >&2
  return 1
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
