//! UI state as a pure reducer: `update(state, action) -> state`. No Yew here, so it is tested
//! natively; components turn user events into [`Action`]s and render the [`State`].

use fapiao_core::text::Lang;

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

/// Whether the worker has answered yet.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum WorkerStatus {
    /// Not answered yet.
    #[default]
    Starting,
    /// Answered; carries the core version it runs.
    Ready(String),
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    /// UI language.
    pub lang: Lang,
    /// The open view.
    pub view: View,
    /// The worker's status.
    pub worker: WorkerStatus,
}

/// Everything that can change the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Switch the UI language.
    SetLang(Lang),
    /// Open a view.
    Open(View),
    /// The worker answered its hello.
    WorkerReady(String),
}

/// Applies one action.
pub fn update(mut state: State, action: Action) -> State {
    match action {
        Action::SetLang(lang) => state.lang = lang,
        Action::Open(view) => state.view = view,
        Action::WorkerReady(version) => state.worker = WorkerStatus::Ready(version),
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn hashes_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_hash(v.hash()), v);
        }
        assert_eq!(View::from_hash("#/nowhere"), View::Reconcile);
        assert_eq!(View::from_hash(""), View::Reconcile);
    }
}
