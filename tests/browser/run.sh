#!/usr/bin/env bash
# The review page (`rectify view`, `rectify::text::review_html`) in a real browser:
# headless Chromium from Debian's `chromium` package, driven by puppeteer-core (which
# downloads no browser of its own), with Debian's Noto CJK fonts so that the Chinese text
# is drawn. Installs what is missing: the two Debian packages (as root, through apt-get),
# and the pinned npm packages (npm ci). Pages are written by `cargo run --example
# review_page` into tests/browser/out/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]} (Debian packages)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "tests/browser needs ${need[*]}: install them (apt-get install ${need[*]}) and run again" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== installing the pinned test tools (npm ci)"
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error

echo "== writing the pages"
rm -rf out && mkdir -p out
for notice in \
  "$root/tests/fixtures/qingyuan-publicity-2025.txt" \
  "$root/tests/fixtures/genre/furniture-metadata-block-township.txt"; do
  cargo run --quiet --locked --manifest-path "$root/Cargo.toml" --example review_page -- "$notice" out
done

echo "== the pages in Chromium"
CHROMIUM="$(command -v chromium)" ROOT="$root" node --test review.test.mjs
