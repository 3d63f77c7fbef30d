#!/usr/bin/env bash
# Installs the pinned llama.cpp runtime the same way LlamaRuntimeInstaller (gengateway runtime install) does:
# node-llama-cpp and its prebuilt linux-x64 CPU libraries from the npm registry, plus llama.h and the tokenizer
# test vocabularies taken from the git bundle inside node-llama-cpp.
#   scripts/llama/install.sh            # into $GENGATEWAY_LLAMA_CACHE, $XDG_CACHE_HOME/gengateway/llama or ~/.cache/gengateway/llama
#   scripts/llama/install.sh --force    # reinstall
set -euo pipefail

version="3.22.1"   # keep in step with LlamaRuntimeVersion.NodeLlamaCpp
cache_root="${GENGATEWAY_LLAMA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gengateway/llama}"
root="$cache_root/$version"

if [[ "${1:-}" != "--force" && -f "$root/.installed" ]]; then
  echo "llama.cpp runtime $version already installed: $root"
  exit 0
fi

start=$(date +%s%N)
rm -rf "$root"
mkdir -p "$root"
npm install --ignore-scripts --no-save --no-audit --no-fund --omit=optional --prefix "$root" \
  "node-llama-cpp@$version" "@node-llama-cpp/linux-x64@$version"

git clone --quiet --no-checkout "$root/node_modules/node-llama-cpp/llama/gitRelease.bundle" "$root/llama.cpp"
git -C "$root/llama.cpp" -c advice.detachedHead=false checkout --quiet HEAD -- include ggml/include models
commit=$(git -C "$root/llama.cpp" rev-parse HEAD)
rm -rf "$root/llama.cpp/.git"

echo "$version $commit" > "$root/.installed"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
printf 'Installed llama.cpp runtime %s (llama.cpp %s) in %d.%03d s: %s\n' "$version" "$commit" $((ms / 1000)) $((ms % 1000)) \
  "$root/node_modules/@node-llama-cpp/linux-x64/bins/linux-x64"
