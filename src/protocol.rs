//! The messages between the page and the worker: one request enum, one response enum.
//!
//! Requests carry a job id the page chooses; every response names the job it belongs to, so the
//! page can drop answers to jobs it cancelled. Long jobs send [`Response::Progress`] before their
//! result. Money and ids travel as strings inside the core's types, never as JavaScript numbers.

use fapiao_core::diag::Diagnostic;
use fapiao_core::parse::{Parsed, ReadOptions};
use serde::{Deserialize, Serialize};

/// A job id chosen by the page.
pub type JobId = u32;

/// What the page asks the worker to do.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    /// Answer with [`Response::Ready`]: proves the worker is loaded.
    Hello {
        /// Job id.
        job: JobId,
    },
    /// Read one file or pasted text.
    Read {
        /// Job id.
        job: JobId,
        /// File name as the user gave it.
        name: String,
        /// The bytes.
        bytes: Vec<u8>,
        /// Overrides (encoding, delimiter, sheet, mapping).
        options: ReadOptions,
    },
}

/// Stages of work, for progress reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Reading a file.
    Reading,
    /// Running validation rules.
    Validating,
    /// Reconciling ledger and export.
    Reconciling,
}

/// What the worker answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Response {
    /// The worker is loaded; carries the core's version.
    Ready {
        /// Job id.
        job: JobId,
        /// `fapiao-core` version.
        core_version: String,
    },
    /// Work in progress.
    Progress {
        /// Job id.
        job: JobId,
        /// The stage.
        stage: Stage,
        /// Units done.
        done: u64,
        /// Units in all.
        total: u64,
    },
    /// A file was read (or could not be).
    Read {
        /// Job id.
        job: JobId,
        /// The records, or why the file cannot be used.
        result: Result<Parsed, Diagnostic>,
    },
}

impl Response {
    /// The job this response belongs to.
    pub fn job(&self) -> JobId {
        match self {
            Response::Ready { job, .. }
            | Response::Progress { job, .. }
            | Response::Read { job, .. } => *job,
        }
    }
}

/// Handles one request: the worker's whole logic, plain Rust so it is tested natively.
/// `progress` is called for long jobs before the final response is returned.
pub fn handle(request: Request, progress: &mut dyn FnMut(Response)) -> Response {
    match request {
        Request::Hello { job } => Response::Ready {
            job,
            core_version: env!("CARGO_PKG_VERSION").to_string(),
        },
        Request::Read {
            job,
            name,
            bytes,
            options,
        } => {
            progress(Response::Progress {
                job,
                stage: Stage::Reading,
                done: 0,
                total: bytes.len() as u64,
            });
            let result = fapiao_core::parse::read(&name, &bytes, &options);
            Response::Read { job, result }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hello_answers_ready_with_the_same_job() {
        let r = handle(Request::Hello { job: 7 }, &mut |_| {
            panic!("no progress expected")
        });
        assert_eq!(r.job(), 7);
        assert!(matches!(r, Response::Ready { .. }));
    }

    #[test]
    fn read_reports_progress_then_a_clear_error_for_an_empty_file() {
        let mut seen = Vec::new();
        let r = handle(
            Request::Read {
                job: 3,
                name: "empty.csv".into(),
                bytes: Vec::new(),
                options: ReadOptions::default(),
            },
            &mut |p| seen.push(p),
        );
        assert_eq!(seen.len(), 1);
        match r {
            Response::Read {
                job,
                result: Err(d),
            } => {
                assert_eq!(job, 3);
                assert_eq!(d.id, "read.empty");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
