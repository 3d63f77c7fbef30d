#!/usr/bin/env bash
# Installs the `gengateway` command as a .NET global tool from this checkout: packs src/GenGateway.Cli into
# artifacts/cli and installs (or updates) the package from there. Afterwards `gengateway --help` works from any
# folder, provided ~/.dotnet/tools is on PATH (the .NET SDK prints how to add it the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/cli
rm -rf "$out"
echo "Packing src/GenGateway.Cli into $out ..."
dotnet pack src/GenGateway.Cli -c Release -o "$out" -nologo -v q
if dotnet tool list --global | grep -qi '^gengateway.cli '; then
  dotnet tool update --global --add-source "$out" GenGateway.Cli
else
  dotnet tool install --global --add-source "$out" GenGateway.Cli
fi
case ":$PATH:" in
  *":$HOME/.dotnet/tools:"*) ;;
  *) echo "Add ~/.dotnet/tools to PATH to run gengateway:  export PATH=\"\$PATH:\$HOME/.dotnet/tools\"" ;;
esac
