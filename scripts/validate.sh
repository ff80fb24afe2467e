#!/usr/bin/env bash
# Formatting and lint: fails on any finding of `swift format` with the project's .swift-format.
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Tests)
[ -n "$(find adapters -name '*.swift' 2>/dev/null | head -1)" ] && paths+=(adapters)
swift format lint --strict --recursive "${paths[@]}"
echo "validate: swift format found nothing"
