# Fapiao Check: the two commands a newcomer needs.
#   make serve   build and serve the app on http://127.0.0.1:8080
#   make test    every check CI runs
# Both install what they need first (scripts/setup.sh), skipping what is already there.

.PHONY: setup serve build test lint unit wasm-test e2e purity bench-app bench-browser bench-single

setup:
	@scripts/setup.sh

serve: setup
	trunk serve --release --offline

build: setup
	@scripts/build.sh

test: setup lint purity unit wasm-test build e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	# wasm32: the app (with its browser tests) and the core's library; the core's own tests use
	# native-only dev-dependencies (proptest) and run natively.
	cargo clippy -p fapiao-core --lib --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p fapiao-check-app --all-targets --target wasm32-unknown-unknown -- -D warnings
	# The page and the table workflows' worker are built without the picture/XLSX features.
	cargo clippy -p fapiao-check-app --lib --bins --no-default-features --target wasm32-unknown-unknown -- -D warnings

purity:
	@scripts/check-core-purity.sh

unit:
	cargo test --workspace

wasm-test:
	CHROMEDRIVER=/usr/bin/chromedriver \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test -p fapiao-check-app --target wasm32-unknown-unknown --test wasm

e2e:
	npm run --silent e2e

# In-browser benchmark of the app's main path (100,000 x 100,000 rows); slow, not part of test.
bench-app: build
	node bench/app.mjs

# 单张查验 on pictures in headless Chromium: from choosing the file to the result shown.
bench-single: build
	node bench/single.mjs

# Slow (minutes; generates 100,000- and 1,000,000-row files): not part of `make test`.
bench-browser: build
	node bench/browser.mjs
