#!/usr/bin/env bash
# Builds the release app into dist/ and prints the size of what a browser downloads.
# wasm-opt (binaryen 132 from npm; Debian's is too old for current rustc output) runs after
# Trunk, because Trunk would try to download its own copy.
set -euo pipefail
cd "$(dirname "$0")/.."

trunk build --release --offline

wasm_opt=node_modules/.bin/wasm-opt
if [ -x "$wasm_opt" ] && [ "${WASM_OPT:-1}" != 0 ]; then
  for wasm in dist/*.wasm; do
    before=$(stat -c %s "$wasm")
    "$wasm_opt" -Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$wasm" -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
    after=$(stat -c %s "$wasm")
    echo "wasm-opt -Os $(basename "$wasm"): $before -> $after bytes"
  done
fi

echo "Release size (raw / gzip -9 bytes):"
total_raw=0; total_gz=0
for f in dist/*.wasm dist/*.js dist/*.css; do
  [ -e "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '  %-28s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '  %-28s %10d %10d\n' total "$total_raw" "$total_gz"
