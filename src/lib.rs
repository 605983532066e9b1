//! The Fapiao Check web app (Yew): a thin shell over `fapiao-core`.
//!
//! The main thread only renders; every piece of invoice work runs in a Web Worker
//! ([`worker::CoreWorker`]) that speaks the request/response protocol in [`protocol`]. UI state
//! changes go through the pure reducer in [`state`], which imports no Yew so `cargo test` can
//! check it natively.

// Worker messages are built once and moved across the thread boundary; boxing their large
// variants would only add allocations.
#![allow(clippy::large_enum_variant)]

pub mod components;
pub mod digest;
pub mod i18n;
pub mod protocol;
pub mod state;
pub mod worker;
