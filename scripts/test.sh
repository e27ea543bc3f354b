#!/usr/bin/env bash
# README's test command. Installs what the tests need on a fresh machine (Debian's chromium and
# CJK fonts for the browser test, the web page's npm packages), then runs every test: the Rust
# workspace (cargo test) and the web page in headless chromium (node --test). Ends with one line
# totalling both.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "== installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "== scripts/setup.sh (generated knowledge, web packages)"
bash scripts/setup.sh

log="$(mktemp)"
status=0
echo "== cargo test --workspace"
cargo test --workspace 2>&1 | tee "$log" || status=$?
echo "== browser test: node --test web/test/"
cargo build -q -p kroniko
KRONIKO_BIN=target/debug/kroniko node --test web/test/ 2>&1 | tee -a "$log" || status=$?

rust_pass=$(grep -E '^test result:' "$log" | awk '{s += $4} END {print s + 0}')
rust_fail=$(grep -E '^test result:' "$log" | awk '{s += $6} END {print s + 0}')
node_pass=$(grep -E '^# pass ' "$log" | awk '{s += $3} END {print s + 0}')
node_fail=$(grep -E '^# fail ' "$log" | awk '{s += $3} END {print s + 0}')
echo "tests: $((rust_pass + node_pass)) passed, $((rust_fail + node_fail)) failed"
exit "$status"
