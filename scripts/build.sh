#!/usr/bin/env bash
# Builds the release app into dist/ and prints the size of what a browser downloads (the table
# workflows apart from what is loaded on first use), then
#   - writes the single-file build dist/fapiao-check.html (scripts/single_html.mjs) for
#     file:// use with no network, with dist/fapiao-check.html.sha256, and prints its SHA-256;
#     dist/index.html gets that digest in a <meta> for its About page;
#   - stamps the service worker (dist/sw.js) with a digest of the built files, so a new build
#     is noticed by installed copies (they show an update notice).
# WASM_OPT=0 skips wasm-opt; WASM_OPT_LEVEL=-Os picks another level (default -Oz, see
# bench/RESULTS.md for the figures). `--converge` repeats the passes while they still shrink the
# module: 2.1 KB gzip off the table worker and 0.5 KB off the page for about a minute of build.
# wasm-opt (binaryen 132 from npm; Debian's is too old for current rustc output) runs after
# Trunk, because Trunk would try to download its own copy.
set -euo pipefail
cd "$(dirname "$0")/.."

trunk build --release --offline

wasm_opt=node_modules/.bin/wasm-opt
level=${WASM_OPT_LEVEL:--Oz}
if [ -x "$wasm_opt" ] && [ "${WASM_OPT:-1}" != 0 ]; then
  for wasm in dist/*.wasm; do
    before=$(stat -c %s "$wasm")
    "$wasm_opt" "$level" --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$wasm" -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
    after=$(stat -c %s "$wasm")
    echo "wasm-opt $level $(basename "$wasm"): $before -> $after bytes"
  done
fi

# What a browser downloads, raw / gzip -9: first what the table workflows (批量校验, 对账) need,
# page and table worker (the goal: under 1 MB gzip), then the full worker, which only 单张查验
# and XLSX downloads start (and the installed app's service worker caches in the background).
sizes() {
  local title=$1; shift
  local raw gz total_raw=0 total_gz=0 f
  echo "$title"
  for f in "$@"; do
    raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    printf '  %-28s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
  done
  printf '  %-28s %10d %10d\n' total "$total_raw" "$total_gz"
}
shopt -s extglob
sizes "Table workflows, loaded with the page (raw / gzip -9 bytes):" \
  dist/index.html dist/!(worker_full*).@(wasm|js|css)
sizes "Loaded on first use by 单张查验 and XLSX downloads:" dist/worker_full*.@(wasm|js)
shopt -u extglob

node scripts/single_html.mjs dist
html=dist/fapiao-check.html
printf '  %-28s %10d %10d\n' "$(basename "$html")" "$(stat -c %s "$html")" "$(gzip -9 -c "$html" | wc -c)"
# The web version's About page shows the single file's digest (the single file cannot).
digest=$(cut -d' ' -f1 "$html.sha256")
sed -i "s|</head>|<meta name=\"fapiao-check-single-file-sha256\" content=\"$digest\">\n</head>|" dist/index.html

# The service worker's cache name follows the files it caches.
build_id=$(cat dist/index.html dist/*.js dist/*.wasm dist/*.css dist/samples/* | sha256sum | cut -c1-16)
sed -i "s/__FAPIAO_CHECK_BUILD__/$build_id/" dist/sw.js
echo "service worker build id: $build_id"

