//! Controls shared by the result tables: sortable column headers (a button that sorts by its
//! column and tells screen readers the direction, `aria-sort`) and filter inputs.

use yew::prelude::*;

use crate::components::handle::Handle;
use crate::state::{Action, Filter};

/// The `value` of the element an event came from (an input or a select).
fn value_of(target: Option<web_sys::EventTarget>) -> String {
    target
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A `change` callback for a filter control: `set` puts the control's value into the filter.
pub fn on_filter_change(h: &Handle, set: fn(&mut Filter, String)) -> Callback<Event> {
    let d = h.dispatch.clone();
    let filter = h.state.filter.clone();
    Callback::from(move |e: Event| {
        let mut next = filter.clone();
        set(&mut next, value_of(e.target()));
        d.emit(Action::SetFilter(next));
    })
}

/// An `input` callback for a filter's search box.
pub fn on_filter_input(h: &Handle, set: fn(&mut Filter, String)) -> Callback<InputEvent> {
    let d = h.dispatch.clone();
    let filter = h.state.filter.clone();
    Callback::from(move |e: InputEvent| {
        let mut next = filter.clone();
        set(&mut next, value_of(e.target()));
        d.emit(Action::SetFilter(next));
    })
}

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
