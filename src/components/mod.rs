//! Yew components, one per file. They render [`crate::state::State`] and dispatch
//! [`crate::state::Action`]s; all invoice work goes to the worker through [`handle::Handle`], except the
//! manual form's field checks (a small pure core function, run on each keystroke).

pub mod about;
pub mod app;
pub mod detail;
pub mod files;
pub mod findings;
pub mod footer;
pub mod format;
pub mod handle;
pub mod header;
pub mod manual_form;
pub mod mapping;
pub mod print_view;
pub mod progress;
pub mod reconcile_view;
pub mod results;
pub mod single_view;
pub mod table_controls;
pub mod validate_view;
pub mod view_page;
pub mod virtual_list;
