#!/usr/bin/env bash
# Builds kroniko's generated knowledge on a fresh machine, from registry packages only:
#   .build/venv            Python venv with the pinned PyPI packages the builders read
#   .build/gen/            what the binary loads at run time (KRONIKO_GEN overrides the path)
# Each step is skipped when its output is newer than its inputs, so rerunning is cheap.
# Run by both README commands; nothing here is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build/venv
gen=.build/gen
mkdir -p "$gen"

if [ ! -x "$venv/bin/python" ] || [ scripts/requirements-build.txt -nt "$venv/.installed" ]; then
  echo "== setup: python venv (.build/venv) with scripts/requirements-build.txt"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r scripts/requirements-build.txt
  touch "$venv/.installed"
fi

if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
  echo "== setup: npm ci --prefix web"
  npm ci --prefix web --no-audit --no-fund
fi

# Builder steps (each writes into .build/gen and is idempotent).
for step in scripts/setup.d/*.sh; do
  [ -e "$step" ] || continue
  bash "$step" "$venv" "$gen"
done
