#!/usr/bin/env bash
# Runs each fuzz target for SECONDS (default 600), seeded from the test fixtures.
# Needs `cargo install cargo-fuzz` and a nightly toolchain. Not run by CI.
#   bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("${@:-parse load_json validate_json}")
read -r -a targets <<<"${targets[*]}"
mkdir -p fuzz/corpus/parse fuzz/corpus/load_json fuzz/corpus/validate_json
cp tests/fixtures/*.txt tests/fixtures/notices/*.txt tests/fixtures/genre/*.txt fuzz/corpus/parse/
for target in load_json validate_json; do
  cp tests/fixtures/*.json tests/fixtures/valid/*.json tests/fixtures/invalid/shape/*.json \
    tests/fixtures/invalid/rules/*.json "fuzz/corpus/$target/"
done
for target in "${targets[@]}"; do
  echo "== $target for ${seconds}s"
  cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -rss_limit_mb=4096 2>&1 | tee "fuzz/$target.log" | grep -E "^(#[0-9]+\s+(DONE|pulse))|SUMMARY|panicked|Done" || true
done
