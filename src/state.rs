//! UI state as a pure reducer: `update(state, action) -> state`. No Yew here, so it is tested
//! natively; components turn user events into [`Action`]s and render the [`State`]. Side effects
//! (the worker, downloads, storage) happen in components, never here.

use std::rc::Rc;

use chrono::NaiveDate;
use fapiao_core::diag::{Diagnostic, Severity};
use fapiao_core::model::{FieldName, Invoice};
use fapiao_core::report::{self, ExceptionKind, Role};
use fapiao_core::rules;
use fapiao_core::single::form::{self, FormKind, FormMessage, ManualForm};
use fapiao_core::text::Lang;

use crate::protocol::{FileId, FileSummary, JobId, SingleResult, Stage};

/// The three workflows, one top-level view each, plus the about page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// 单张查验: check one invoice.
    Single,
    /// 批量校验: validate a ledger.
    Validate,
    /// 对账: reconcile a ledger against the platform export.
    #[default]
    Reconcile,
    /// 关于与隐私: about and privacy.
    About,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 4] = [View::Single, View::Validate, View::Reconcile, View::About];

    /// The location hash for the view (`#/reconcile`), so views survive reloads and work from
    /// `file://` without a router.
    pub fn hash(self) -> &'static str {
        match self {
            View::Single => "#/single",
            View::Validate => "#/validate",
            View::Reconcile => "#/reconcile",
            View::About => "#/about",
        }
    }

    /// The view for a location hash; unknown hashes open the default view.
    pub fn from_hash(hash: &str) -> View {
        View::ALL
            .into_iter()
            .find(|v| v.hash() == hash)
            .unwrap_or_default()
    }
}

/// Shared, immutable data compared by identity: results can be large, and a render must not
/// compare 100,000 rows to find out nothing changed.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

/// Whether the worker has answered yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum WorkerStatus {
    /// Not answered yet.
    #[default]
    Starting,
    /// Answered; carries the core version it runs.
    Ready(String),
}

/// A file the user loaded, as the page knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedFile {
    /// The page's id for it.
    pub id: FileId,
    /// Name as given.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// Reading, read, or unusable.
    pub status: FileStatus,
}

/// Where a file is in its life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileStatus {
    /// The worker is reading it.
    Reading,
    /// Read.
    Ready(FileSummary),
    /// Cannot be used; the message says why.
    Failed(Diagnostic),
}

impl LoadedFile {
    /// The summary, when the file was read.
    pub fn summary(&self) -> Option<&FileSummary> {
        match &self.status {
            FileStatus::Ready(s) => Some(s),
            _ => None,
        }
    }
}

/// Work the worker is doing now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Busy {
    /// The job.
    pub job: JobId,
    /// Its stage.
    pub stage: Stage,
    /// Units done.
    pub done: u64,
    /// Units in all.
    pub total: u64,
}

/// Settings the user may keep on this computer (only when they opt in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Days the platform may lag behind.
    pub sync_days: u32,
    /// Amount tolerance, as typed (`0.00`).
    pub tolerance: String,
    /// The user's own tax id.
    pub my_tax_id: String,
    /// Keep these settings in this browser's storage.
    pub remember: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            sync_days: 3,
            tolerance: "0.00".into(),
            my_tax_id: String::new(),
            remember: false,
        }
    }
}

/// Filters on the result tables.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Only this exception kind.
    pub kind: Option<ExceptionKind>,
    /// Only this diagnosis.
    pub diagnosis: Option<String>,
    /// Only this severity (validation findings).
    pub severity: Option<Severity>,
    /// Only this rule id (validation findings).
    pub rule: Option<String>,
    /// Free text, matched against every shown cell.
    pub text: String,
}

/// Sorting of a result table: a column key and the direction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sort {
    /// Column key (`id`, `kind`, `row`, …); empty for the natural order.
    pub column: String,
    /// Descending.
    pub descending: bool,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// UI language.
    pub lang: Lang,
    /// The open view.
    pub view: View,
    /// The worker's status.
    pub worker: WorkerStatus,
    /// Loaded files, in load order.
    pub files: Vec<LoadedFile>,
    /// The file chosen as the ledger for reconciliation (and validation).
    pub ledger: Option<FileId>,
    /// The file chosen as the platform export.
    pub export: Option<FileId>,
    /// As-of date for reconciliation; `None`: the export's last issue date.
    pub as_of: Option<NaiveDate>,
    /// Settings.
    pub settings: Settings,
    /// Current work.
    pub busy: Option<Busy>,
    /// The last validation.
    pub validation: Option<Shared<rules::Report>>,
    /// The last reconciliation.
    pub reconciliation: Option<Shared<report::Report>>,
    /// The last single-invoice check.
    pub single: Option<Shared<SingleResult>>,
    /// The single-invoice form as typed (kept here, not in the form, so a finished job or a
    /// change of view does not lose it; 清除 empties it).
    pub manual: ManualForm,
    /// The form's check was asked for: its blank required fields are pointed out from then on.
    pub manual_asked: bool,
    /// The worker's messages about the form as it is now (empty until it answers).
    pub manual_messages: Vec<FormMessage>,
    /// Filters of the open table.
    pub filter: Filter,
    /// Sorting of the open table.
    pub sort: Sort,
    /// The exception whose detail is open, with its records once the worker sent them.
    pub detail: Option<Detail>,
    /// Messages about jobs that failed, newest last.
    pub errors: Vec<Diagnostic>,
    /// Show the print view instead of the app.
    pub printing: bool,
    /// How many times the table worker stopped (memory ran out, a panic); the app replaces
    /// it whenever this changes.
    pub worker_restarts: u32,
}

/// An opened exception and the original records behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// The exception's id.
    pub exception: u32,
    /// The ledger's record, once loaded.
    pub ledger: Option<Invoice>,
    /// The export's record, once loaded.
    pub export: Option<Invoice>,
}

/// Everything that can change the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch the UI language.
    SetLang(Lang),
    /// Open a view.
    Open(View),
    /// The worker answered its hello.
    WorkerReady(String),
    /// A file was handed to the worker.
    FileAdded {
        /// Its id.
        id: FileId,
        /// Its name.
        name: String,
        /// Its size.
        size: u64,
    },
    /// The worker read a file (or could not).
    FileRead {
        /// Its id.
        id: FileId,
        /// The outcome.
        result: Result<FileSummary, Diagnostic>,
    },
    /// The user removed a file.
    FileRemoved(FileId),
    /// Use this file as the ledger.
    ChooseLedger(FileId),
    /// Use this file as the export.
    ChooseExport(FileId),
    /// Swap ledger and export.
    SwapRoles,
    /// Set the as-of date.
    SetAsOf(Option<NaiveDate>),
    /// Change settings.
    SetSettings(Settings),
    /// Work started or progressed.
    Progress(Busy),
    /// Work ended (finished or failed).
    Idle,
    /// The user cancelled the work in progress: the worker, which cannot be interrupted, is
    /// replaced and given the files again, but not a file it was still reading, which is
    /// marked cancelled (`app.read_cancelled`).
    Cancel,
    /// A validation finished.
    Validated(Shared<rules::Report>),
    /// A reconciliation finished.
    Reconciled(Shared<report::Report>),
    /// A single invoice was checked.
    SingleChecked(Shared<SingleResult>),
    /// The invoice type chosen in the single-invoice form.
    SetManualKind(FormKind),
    /// A field of the single-invoice form was typed into.
    SetManualField(FieldName, String),
    /// Empty the single-invoice form (the type stays).
    ResetManual,
    /// The check of the single-invoice form was asked for.
    ManualAsked,
    /// The worker's messages about a form (kept only if it is still the form as typed).
    FormChecked(ManualForm, Vec<FormMessage>),
    /// Change the filters.
    SetFilter(Filter),
    /// Sort by a column (again: reverse).
    SortBy(String),
    /// Open an exception's detail.
    OpenDetail(u32),
    /// The worker sent the records behind the open exception.
    DetailLoaded(Detail),
    /// Close the detail.
    CloseDetail,
    /// A job failed.
    Failed(Diagnostic),
    /// A worker stopped in the middle of a job and is being replaced.
    WorkerStopped {
        /// The full worker (单张查验, XLSX) rather than the table worker holding the files.
        full: bool,
        /// The file it was reading, which is marked failed.
        file: Option<FileId>,
        /// What to tell the user.
        error: Diagnostic,
    },
    /// Dismiss the error messages.
    DismissErrors,
    /// Show or leave the print view.
    SetPrinting(bool),
    /// Forget all data and results (settings stay unless `settings_too`).
    ClearAll {
        /// Also reset the settings.
        settings_too: bool,
    },
}

/// A result card made from the form no longer says what the form says once it changes.
fn drop_manual_result(state: &mut State) {
    if state
        .single
        .as_ref()
        .is_some_and(|r| r.check.sources == [form::SOURCE_NAME])
    {
        state.single = None;
    }
}

/// Picks ledger and export from the read files when the user has not chosen: a file that looks
/// like the platform's export becomes the export, another file the ledger.
fn assign_roles(state: &mut State) {
    let ready: Vec<(FileId, Role)> = state
        .files
        .iter()
        .filter_map(|f| f.summary().map(|s| (f.id, s.role)))
        .collect();
    let exists = |id: Option<FileId>| id.is_some_and(|id| ready.iter().any(|(f, _)| *f == id));
    if !exists(state.export) {
        state.export = ready
            .iter()
            .find(|(f, r)| *r == Role::Export && Some(*f) != state.ledger)
            .map(|(f, _)| *f);
    }
    if !exists(state.ledger) {
        state.ledger = ready
            .iter()
            .find(|(f, r)| *r == Role::Ledger && Some(*f) != state.export)
            .or_else(|| ready.iter().find(|(f, _)| Some(*f) != state.export))
            .map(|(f, _)| *f);
    }
}

/// Applies one action.
pub fn update(mut state: State, action: Action) -> State {
    match action {
        Action::SetLang(lang) => state.lang = lang,
        Action::Open(view) => {
            state.view = view;
            state.filter = Filter::default();
            state.sort = Sort::default();
            state.detail = None;
        }
        Action::WorkerReady(version) => state.worker = WorkerStatus::Ready(version),
        Action::FileAdded { id, name, size } => {
            state.files.push(LoadedFile {
                id,
                name,
                size,
                status: FileStatus::Reading,
            });
        }
        Action::FileRead { id, result } => {
            // A file removed or cancelled while it was read stays so.
            let cancelled = |f: &LoadedFile| matches!(&f.status, FileStatus::Failed(d) if d.id == "app.read_cancelled");
            if let Some(f) = state.files.iter_mut().find(|f| f.id == id && !cancelled(f)) {
                f.status = match result {
                    Ok(s) => FileStatus::Ready(s),
                    Err(d) => FileStatus::Failed(d),
                };
                assign_roles(&mut state);
            }
        }
        Action::FileRemoved(id) => {
            state.files.retain(|f| f.id != id);
            if state.ledger == Some(id) {
                state.ledger = None;
            }
            if state.export == Some(id) {
                state.export = None;
            }
            assign_roles(&mut state);
        }
        Action::ChooseLedger(id) => {
            if state.export == Some(id) {
                state.export = state.ledger;
            }
            state.ledger = Some(id);
        }
        Action::ChooseExport(id) => {
            if state.ledger == Some(id) {
                state.ledger = state.export;
            }
            state.export = Some(id);
        }
        Action::SwapRoles => std::mem::swap(&mut state.ledger, &mut state.export),
        Action::SetAsOf(d) => state.as_of = d,
        Action::SetSettings(s) => state.settings = s,
        Action::Progress(b) => state.busy = Some(b),
        Action::Idle => state.busy = None,
        Action::Cancel => {
            state.busy = None;
            for f in &mut state.files {
                if matches!(f.status, FileStatus::Reading) {
                    f.status = FileStatus::Failed(crate::protocol::read_cancelled(&f.name));
                }
            }
            assign_roles(&mut state);
            state.worker = WorkerStatus::Starting;
            state.worker_restarts = state.worker_restarts.wrapping_add(1);
        }
        Action::Validated(r) => {
            state.validation = Some(r);
            state.busy = None;
            state.filter = Filter::default();
            state.sort = Sort::default();
        }
        Action::Reconciled(r) => {
            state.reconciliation = Some(r);
            state.busy = None;
            state.filter = Filter::default();
            state.sort = Sort::default();
            state.detail = None;
        }
        Action::SingleChecked(r) => {
            state.single = Some(r);
            state.busy = None;
        }
        Action::SetManualKind(kind) => {
            state.manual.kind = kind;
            drop_manual_result(&mut state);
        }
        Action::SetManualField(field, text) => {
            state.manual.values.insert(field, text);
            drop_manual_result(&mut state);
        }
        Action::ResetManual => {
            state.manual = ManualForm {
                kind: state.manual.kind,
                ..ManualForm::default()
            };
            state.manual_asked = false;
            state.manual_messages.clear();
        }
        Action::ManualAsked => state.manual_asked = true,
        Action::FormChecked(form, messages) => {
            if form == state.manual {
                state.manual_messages = messages;
            }
        }
        Action::SetFilter(f) => state.filter = f,
        Action::SortBy(column) => {
            state.sort = if state.sort.column == column {
                Sort {
                    column,
                    descending: !state.sort.descending,
                }
            } else {
                Sort {
                    column,
                    descending: false,
                }
            }
        }
        Action::OpenDetail(exception) => {
            state.detail = Some(Detail {
                exception,
                ledger: None,
                export: None,
            })
        }
        Action::DetailLoaded(d) => {
            if state.detail.as_ref().map(|o| o.exception) == Some(d.exception) {
                state.detail = Some(d);
            }
        }
        Action::CloseDetail => state.detail = None,
        Action::Failed(d) => {
            state.errors.push(d);
            state.busy = None;
        }
        Action::WorkerStopped { full, file, error } => {
            state.busy = None;
            match state.files.iter_mut().find(|f| Some(f.id) == file) {
                Some(f) => f.status = FileStatus::Failed(error),
                None => state.errors.push(error),
            }
            assign_roles(&mut state);
            if !full {
                state.worker = WorkerStatus::Starting;
                state.worker_restarts = state.worker_restarts.wrapping_add(1);
            }
        }
        Action::DismissErrors => state.errors.clear(),
        Action::SetPrinting(p) => state.printing = p,
        Action::ClearAll { settings_too } => {
            let settings = if settings_too {
                Settings::default()
            } else {
                state.settings.clone()
            };
            state = State {
                lang: state.lang,
                view: state.view,
                worker: state.worker.clone(),
                worker_restarts: state.worker_restarts,
                settings,
                ..State::default()
            };
        }
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    use fapiao_core::model::InputInfo;

    fn summary(role: Role) -> FileSummary {
        FileSummary {
            info: InputInfo::default(),
            diagnostics: vec![],
            invoices: 1,
            samples: Default::default(),
            role,
        }
    }

    fn read(state: State, id: FileId, role: Role) -> State {
        let s = update(
            state,
            Action::FileAdded {
                id,
                name: format!("f{id}"),
                size: 1,
            },
        );
        update(
            s,
            Action::FileRead {
                id,
                result: Ok(summary(role)),
            },
        )
    }

    #[test]
    fn opens_views_and_switches_language() {
        let s = State::default();
        assert_eq!(s.lang, Lang::Zh);
        let s = update(s, Action::Open(View::Single));
        assert_eq!(s.view, View::Single);
        let s = update(s, Action::SetLang(Lang::En));
        assert_eq!((s.view, s.lang), (View::Single, Lang::En));
        let s = update(s, Action::WorkerReady("0.1.0".into()));
        assert_eq!(s.worker, WorkerStatus::Ready("0.1.0".into()));
    }

    #[test]
    fn the_manual_form_keeps_its_fields_across_types_until_cleared() {
        let s = update(
            State::default(),
            Action::SetManualField(FieldName::InvoiceNumber, "2411".into()),
        );
        let s = update(s, Action::SetManualKind(FormKind::Special));
        let s = update(s, Action::SetLang(Lang::En));
        assert_eq!(s.manual.kind, FormKind::Special);
        assert_eq!(
            s.manual
                .values
                .get(&FieldName::InvoiceNumber)
                .map(String::as_str),
            Some("2411")
        );
        let s = update(s, Action::ManualAsked);
        assert!(s.manual_asked);
        let reset = update(s.clone(), Action::ResetManual);
        assert!(!reset.manual_asked);
        assert_eq!(
            (reset.manual.kind, reset.manual.values.len()),
            (FormKind::Special, 0)
        );
        let cleared = update(
            s,
            Action::ClearAll {
                settings_too: false,
            },
        );
        assert_eq!(cleared.manual, ManualForm::default());
    }

    #[test]
    fn form_messages_are_kept_only_for_the_form_as_typed() {
        let typed = update(
            State::default(),
            Action::SetManualField(FieldName::InvoiceNumber, "2411".into()),
        );
        let message = FormMessage {
            field: FieldName::InvoiceNumber,
            id: "form.number_length".into(),
            severity: Severity::Error,
            message: fapiao_core::text::Text::new("位数不对", "wrong length"),
            action: fapiao_core::text::Text::new("重输", "retype"),
        };
        let stale = update(
            typed.clone(),
            Action::FormChecked(ManualForm::default(), vec![message.clone()]),
        );
        assert!(stale.manual_messages.is_empty());
        let current = typed.manual.clone();
        let s = update(typed, Action::FormChecked(current, vec![message]));
        assert_eq!(s.manual_messages.len(), 1);
        assert!(update(s, Action::ResetManual).manual_messages.is_empty());
    }

    #[test]
    fn a_card_made_from_the_form_goes_when_the_form_changes() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let result = |sources: Vec<fapiao_core::parse::Parsed>| {
            Action::SingleChecked(Shared(Rc::new(SingleResult {
                check: fapiao_core::single::check(&sources, today),
                findings: Vec::new(),
                fingerprints: Vec::new(),
                unreadable: Vec::new(),
            })))
        };
        let typed = FieldName::InvoiceNumber;
        let s = update(
            State::default(),
            result(vec![ManualForm::default().to_parsed()]),
        );
        assert!(s.single.is_some());
        let s = update(s, Action::SetManualField(typed, "1".into()));
        assert!(s.single.is_none());
        let qr = fapiao_core::parse::qr::read(
            "QR",
            b"01,32,,24112000000012345678,1130.00,20241105,,74AE",
        )
        .unwrap();
        let s = update(s, result(vec![qr]));
        let s = update(s, Action::SetManualField(typed, "12".into()));
        assert!(s.single.is_some(), "a card from a file stays");
    }

    #[test]
    fn hashes_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_hash(v.hash()), v);
        }
        assert_eq!(View::from_hash("#/nowhere"), View::Reconcile);
    }

    #[test]
    fn roles_are_guessed_swapped_and_kept_when_files_go() {
        let s = read(State::default(), 1, Role::Export);
        assert_eq!((s.ledger, s.export), (None, Some(1)));
        let s = read(s, 2, Role::Ledger);
        assert_eq!((s.ledger, s.export), (Some(2), Some(1)));
        let s = update(s, Action::SwapRoles);
        assert_eq!((s.ledger, s.export), (Some(1), Some(2)));
        let s = update(s, Action::ChooseLedger(2));
        assert_eq!((s.ledger, s.export), (Some(2), Some(1)));
        let s = update(s, Action::FileRemoved(1));
        assert_eq!((s.ledger, s.export), (Some(2), None));
        assert_eq!(s.files.len(), 1);
    }

    #[test]
    fn a_failed_file_stays_listed_and_others_are_untouched() {
        let s = read(State::default(), 1, Role::Ledger);
        let s = update(
            s,
            Action::FileAdded {
                id: 2,
                name: "bad.xlsx".into(),
                size: 9,
            },
        );
        let d = Diagnostic {
            id: "read.pdf".into(),
            severity: Severity::Error,
            place: Default::default(),
            message: fapiao_core::text::Text::new("a", "b"),
            action: fapiao_core::text::Text::new("c", "d"),
        };
        let s = update(
            s,
            Action::FileRead {
                id: 2,
                result: Err(d),
            },
        );
        assert_eq!(s.files.len(), 2);
        assert!(matches!(s.files[0].status, FileStatus::Ready(_)));
        assert!(matches!(s.files[1].status, FileStatus::Failed(_)));
        assert_eq!(s.ledger, Some(1));
        assert_eq!(s.export, None);
    }

    #[test]
    fn a_file_removed_while_it_was_read_does_not_come_back() {
        let s = read(State::default(), 1, Role::Ledger);
        let s = update(
            s,
            Action::FileAdded {
                id: 2,
                name: "export.xlsx".into(),
                size: 9,
            },
        );
        let s = update(s, Action::FileRemoved(2));
        let s = update(
            s,
            Action::FileRead {
                id: 2,
                result: Ok(summary(Role::Export)),
            },
        );
        assert_eq!(s.files.iter().map(|f| f.id).collect::<Vec<_>>(), [1]);
        assert_eq!((s.ledger, s.export), (Some(1), None));
    }

    #[test]
    fn cancelling_marks_the_file_being_read_and_replaces_the_worker() {
        let s = read(State::default(), 1, Role::Ledger);
        let s = update(
            s,
            Action::FileAdded {
                id: 2,
                name: "big.csv".into(),
                size: 9,
            },
        );
        let s = update(s, Action::WorkerReady("1".into()));
        let s = update(s, Action::Cancel);
        assert_eq!(
            (s.worker_restarts, s.worker.clone(), s.busy.is_none()),
            (1, WorkerStatus::Starting, true)
        );
        assert!(matches!(s.files[0].status, FileStatus::Ready(_)));
        let cancelled = |s: &State| match &s.files[1].status {
            FileStatus::Failed(d) => (d.id.clone(), d.message.zh.contains("big.csv")),
            other => panic!("{other:?}"),
        };
        assert_eq!(cancelled(&s), ("app.read_cancelled".to_string(), true));
        // The old worker's late answer does not undo it.
        let s = update(
            s,
            Action::FileRead {
                id: 2,
                result: Ok(summary(Role::Export)),
            },
        );
        assert_eq!(cancelled(&s), ("app.read_cancelled".to_string(), true));
        assert_eq!(s.export, None);
    }

    #[test]
    fn a_stopped_worker_fails_its_file_keeps_the_others_and_is_replaced() {
        let s = read(State::default(), 1, Role::Ledger);
        let s = update(
            s,
            Action::FileAdded {
                id: 2,
                name: "huge.csv".into(),
                size: 9,
            },
        );
        let s = update(s, Action::WorkerReady("1".into()));
        let stopped = |file| match crate::protocol::worker_stopped(7, file, "out of memory") {
            crate::protocol::Response::WorkerStopped { error, .. } => error,
            other => panic!("{other:?}"),
        };
        let s = update(
            s,
            Action::WorkerStopped {
                full: false,
                file: Some(2),
                error: stopped(Some((2, "huge.csv"))),
            },
        );
        assert!(matches!(s.files[0].status, FileStatus::Ready(_)));
        match &s.files[1].status {
            FileStatus::Failed(d) => {
                assert_eq!(d.id, "app.worker_stopped");
                assert!(d.message.zh.contains("huge.csv") && d.message.en.contains("huge.csv"));
            }
            other => panic!("{other:?}"),
        }
        assert!(s.errors.is_empty() && s.busy.is_none());
        assert_eq!(
            (s.worker_restarts, s.worker.clone()),
            (1, WorkerStatus::Starting)
        );
        assert_eq!(s.ledger, Some(1));

        // The full worker stopping during a job with no file: said once, the tables untouched.
        let s = update(
            s,
            Action::WorkerStopped {
                full: true,
                file: None,
                error: stopped(None),
            },
        );
        assert_eq!(s.errors.len(), 1);
        assert_eq!(s.worker_restarts, 1);
        // Clearing everything keeps the count, so the app does not start another worker.
        let s = update(
            s,
            Action::ClearAll {
                settings_too: false,
            },
        );
        assert_eq!(s.worker_restarts, 1);
    }

    #[test]
    fn sorting_toggles_and_clear_keeps_language_and_settings() {
        let s = update(State::default(), Action::SortBy("kind".into()));
        assert!(!s.sort.descending);
        let s = update(s, Action::SortBy("kind".into()));
        assert!(s.sort.descending);
        let s = update(s, Action::SetLang(Lang::En));
        let s = update(
            s,
            Action::SetSettings(Settings {
                sync_days: 5,
                ..Settings::default()
            }),
        );
        let s = read(s, 1, Role::Ledger);
        let s = update(
            s,
            Action::ClearAll {
                settings_too: false,
            },
        );
        assert!(s.files.is_empty() && s.ledger.is_none());
        assert_eq!((s.lang, s.settings.sync_days), (Lang::En, 5));
        let s = update(s, Action::ClearAll { settings_too: true });
        assert_eq!(s.settings, Settings::default());
    }

    #[test]
    fn a_late_detail_for_another_exception_is_ignored() {
        let s = update(State::default(), Action::OpenDetail(3));
        let s = update(
            s,
            Action::DetailLoaded(Detail {
                exception: 2,
                ledger: Some(Invoice::default()),
                export: None,
            }),
        );
        assert_eq!(s.detail.as_ref().unwrap().ledger, None);
    }
}
