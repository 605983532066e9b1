//! The core's table reader and reconciliation, callable from JavaScript, for the browser
//! benchmark (bench/browser.mjs). Each call does the whole job and returns counts only, so
//! what is timed is the core, not the transfer of its results.

use std::any::Any;
use std::cell::RefCell;

use fapiao_core::parse::{read, Parsed, ReadOptions};
use fapiao_core::reconcile::{reconcile, Options};
use wasm_bindgen::prelude::*;

// What the last job read and made, kept as the app's worker keeps its files and results until
// `release`, which the benchmark's worker calls after answering: freeing it is not part of the
// job (DuckDB's tables are dropped after its query is timed, and the JavaScript peers' objects
// are left to the garbage collector).
thread_local! {
    static KEPT: RefCell<Vec<Box<dyn Any>>> = RefCell::default();
}

fn keep(made: impl Any) {
    KEPT.with(|k| k.borrow_mut().push(Box::new(made)));
}

/// Frees what the last job kept.
#[wasm_bindgen]
pub fn release() {
    KEPT.with(|k| k.take());
}

/// Reads one file as the app's worker does; without `hash_here` the fingerprint is left to the
/// page, which hashes while the worker reads, as the app's page does.
fn parse(name: &str, bytes: &[u8], hash_here: bool) -> Result<Parsed, JsError> {
    let options = ReadOptions {
        sha256_later: !hash_here,
        ..ReadOptions::default()
    };
    read(name, bytes, &options).map_err(|d| JsError::new(&d.message.en))
}

/// Reads one ledger or export; returns the number of invoice rows.
#[wasm_bindgen]
pub fn read_rows(name: &str, bytes: &[u8], hash_here: bool) -> Result<usize, JsError> {
    let parsed = parse(name, bytes, hash_here)?;
    let rows = parsed.invoices.len();
    keep(parsed);
    Ok(rows)
}

/// Reads both files and reconciles them; returns the summary as JSON
/// (`{"ledger_rows":…,"export_rows":…,"matched":…,"exceptions":{kind: count}}`).
#[wasm_bindgen]
pub fn reconcile_files(
    ledger_name: &str,
    ledger: &[u8],
    export_name: &str,
    export: &[u8],
    hash_here: bool,
) -> Result<String, JsError> {
    let ledger = parse(ledger_name, ledger, hash_here)?;
    let export = parse(export_name, export, hash_here)?;
    let report = reconcile(&ledger, &export, &Options::default());
    let summary = serde_json::to_string(&report.summary).map_err(|e| JsError::new(&e.to_string()));
    keep((ledger, export, report));
    summary
}

/// The size of this module's linear memory in bytes (it only grows, so after a job it is that
/// job's peak).
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> usize {
    core::arch::wasm32::memory_size(0) * 65536
}
