//! A sortable column header shared by the result tables: a button that sorts by its column and
//! says the direction to screen readers (`aria-sort`).

use yew::prelude::*;

use crate::components::handle::Handle;
use crate::state::Action;

/// The header cell for column `key`, labelled `label`.
pub fn sort_header(h: &Handle, key: &'static str, label: &str) -> Html {
    let d = h.dispatch.clone();
    let sort = &h.state.sort;
    let (arrow, aria) = match (sort.column == key, sort.descending) {
        (false, _) => ("", "none"),
        (true, true) => (" ▼", "descending"),
        (true, false) => (" ▲", "ascending"),
    };
    html! {
        <span role="columnheader" aria-sort={aria} class={classes!("col", key)}>
            <button type="button" class="link" onclick={Callback::from(move |_| d.emit(Action::SortBy(key.to_string())))}>
                { format!("{label}{arrow}") }
            </button>
        </span>
    }
}
