//! The open view: its title, what it is for, and the workflow itself.

use yew::prelude::*;

use crate::components::about::AboutView;
use crate::components::handle::use_handle;
use crate::components::reconcile_view::ReconcileView;
use crate::components::single_view::SingleView;
use crate::components::validate_view::ValidateView;
use crate::i18n::{view_intro, view_title};
use crate::state::View;

/// One workflow's page.
#[function_component(ViewPage)]
pub fn view_page() -> Html {
    let h = use_handle();
    let view = h.state.view;
    let lang = h.lang();
    html! {
        <section class="view" aria-labelledby="view-title" data-view={view.hash().trim_start_matches("#/").to_string()}>
            <h2 id="view-title">{ view_title(view).get(lang) }</h2>
            <p class="intro">{ view_intro(view).get(lang) }</p>
            { match view {
                View::Single => html! { <SingleView /> },
                View::Validate => html! { <ValidateView /> },
                View::Reconcile => html! { <ReconcileView /> },
                View::About => html! { <AboutView /> },
            } }
        </section>
    }
}
