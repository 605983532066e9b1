//! The pure core of Fapiao Check (发票核对).
//!
//! Everything the product knows about invoices lives here, as plain Rust: bytes in, values out.
//! The web app (Yew, in a Web Worker) and the `fapiao-check` CLI are thin shells that hand this
//! crate the bytes of a file and render what it returns.
//!
//! The pipeline is `parse` (bytes → [`model::Invoice`] records with provenance and
//! [`diag::Diagnostic`]s) → `rules` (validation findings) → `reconcile` (ledger vs platform
//! export) → `report` (one model, several renderers).
//!
//! Why so strict about purity: the same code must run natively (tests, CLI, benchmarks) and in
//! `wasm32-unknown-unknown` inside a browser tab, where there is no file system, where a clock
//! read or a network call would break the promise that nothing leaves the machine, and where a
//! panic would freeze the user's work. So this crate never touches `web-sys`, the file system,
//! the clock or the network; "today" is always passed in.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
// A reader's `Err` is a full bilingual `Diagnostic`, returned once per unusable file: boxing it
// would buy nothing and make every caller noisier.
#![allow(clippy::result_large_err)]

pub mod diag;
pub mod model;
pub mod parse;
pub mod progress;
pub mod reconcile;
pub mod region;
pub mod report;
pub mod rules;
pub mod shared;
pub mod single;
pub mod text;
