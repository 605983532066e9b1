//! What every component may ask of the app: the state, the dispatcher, and the side effects
//! (sending work to the worker, loading files, downloads), shared through a Yew context.

use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::protocol::{ExportFormat, FileId, Request, ResultKind};
use crate::state::{Action, State};

/// The app's handle, provided as a context by [`super::app::App`].
#[derive(Clone, PartialEq)]
pub struct Handle {
    /// The current state.
    pub state: std::rc::Rc<State>,
    /// Dispatches an action to the reducer.
    pub dispatch: Callback<Action>,
    /// Sends a request to the worker (the app assigns the job id).
    pub send: Callback<JobRequest>,
    /// Loads files the user picked or dropped.
    pub load_files: Callback<Vec<web_sys::File>>,
    /// Loads pasted text as a file.
    pub load_paste: Callback<String>,
    /// Cancels the running job (restarts the worker and reloads the files).
    pub cancel: Callback<()>,
    /// Removes everything: data, results, and (with `true`) the stored settings.
    pub clear: Callback<bool>,
}

impl Handle {
    /// The UI language.
    pub fn lang(&self) -> Lang {
        self.state.lang
    }
}

/// A request without its job id: the app numbers jobs so late answers to cancelled jobs are
/// dropped.
#[derive(Clone, Debug, PartialEq)]
pub enum JobRequest {
    /// Read a kept file again with other options.
    Reread(FileId, fapiao_core::parse::ReadOptions),
    /// Load the built-in samples.
    LoadSamples,
    /// Forget a file, on the page and in the worker.
    Remove(FileId),
    /// Validate a file.
    Validate(FileId),
    /// Reconcile the chosen ledger and export.
    Reconcile,
    /// Fetch the records behind an exception.
    Detail(u32),
    /// Produce a download.
    Export(ExportFormat, ResultKind),
    /// Check one invoice from these sources.
    Single(Vec<crate::protocol::SingleInput>),
    /// Check one invoice from the fields the user typed.
    SingleManual(fapiao_core::single::form::ManualForm),
    /// The per-field messages of the form as typed so far.
    CheckForm(fapiao_core::single::form::ManualForm),
}

/// Builds a worker request for a job.
pub fn request(
    job: u32,
    r: JobRequest,
    state: &State,
    today: chrono::NaiveDate,
) -> Option<Request> {
    Some(match r {
        JobRequest::Reread(file, options) => Request::Reread { job, file, options },
        JobRequest::Remove(file) => Request::Remove { file },
        // The app loads the samples itself: they need fresh file ids.
        JobRequest::LoadSamples => return None,
        JobRequest::Validate(file) => Request::Validate {
            job,
            file,
            as_of: state.as_of.unwrap_or(today),
            my_tax_id: Some(state.settings.my_tax_id.clone()),
            direction: Default::default(),
        },
        JobRequest::Reconcile => Request::Reconcile {
            job,
            ledger: state.ledger?,
            export: state.export?,
            as_of: state.as_of,
            sync_days: state.settings.sync_days,
            tolerance: state.settings.tolerance.trim().parse().unwrap_or_default(),
        },
        JobRequest::Detail(exception) => Request::Detail { job, exception },
        // The table worker has no XLSX writer: the full worker renders the page's copy.
        JobRequest::Export(ExportFormat::Xlsx, ResultKind::Reconciliation) => Request::Xlsx {
            job,
            report: crate::protocol::encode(&**state.reconciliation.as_ref()?)?,
        },
        JobRequest::Export(format, of) => Request::Export { job, format, of },
        JobRequest::Single(inputs) => Request::Single { job, inputs, today },
        JobRequest::SingleManual(form) => Request::SingleManual { job, form, today },
        JobRequest::CheckForm(form) => Request::CheckForm { job, form, today },
    })
}

/// The handle from the context; components below `App` always have one.
#[hook]
pub fn use_handle() -> Handle {
    use_context::<Handle>().expect("components are rendered inside App")
}
