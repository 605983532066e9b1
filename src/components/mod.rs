//! Yew components, one per file. They render [`crate::state::State`] and dispatch
//! [`crate::state::Action`]s; all invoice work goes to the worker.

pub mod about;
pub mod app;
pub mod footer;
pub mod header;
pub mod view_page;
