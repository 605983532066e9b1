#!/usr/bin/env bash
# fapiao-core must stay pure: no browser crates, and it must build for wasm32 as well as natively.
set -euo pipefail
cd "$(dirname "$0")/.."
forbidden='^(web-sys|js-sys|wasm-bindgen|yew|gloo[a-z-]*|wasm-bindgen-futures|getrandom|tokio|reqwest) '
for target in x86_64-unknown-linux-gnu wasm32-unknown-unknown; do
  found=$(cargo tree -p fapiao-core -e normal --target "$target" --prefix none --format '{p}' | sort -u | grep -E "$forbidden" || true)
  if [ -n "$found" ]; then
    echo "fapiao-core pulls in forbidden crates for $target:" >&2
    echo "$found" >&2
    exit 1
  fi
done
# No file system, network, clock or threads in the core's own code.
if grep -rnE 'std::(fs|net|thread)|SystemTime|Instant::now|Utc::now|Local::now' crates/fapiao-core/src; then
  echo "fapiao-core must not touch the file system, network, clock or threads (see above)" >&2
  exit 1
fi
cargo check -q -p fapiao-core --target wasm32-unknown-unknown
echo "fapiao-core is pure: no browser, I/O or clock crates; builds for wasm32"
