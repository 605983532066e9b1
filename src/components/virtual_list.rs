//! A virtualised list: only the rows in view (plus a margin) are in the DOM, so 100,000 rows
//! scroll smoothly. Rows have a fixed height.

use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// How many rows there are.
    pub rows: usize,
    /// Each row's height in pixels.
    pub row_height: u32,
    /// The viewport's height in pixels.
    pub height: u32,
    /// Renders row `i`.
    pub render: Callback<usize, Html>,
    /// Accessible name of the list.
    pub label: AttrValue,
    /// Header row rendered above the rows (stays in place).
    #[prop_or_default]
    pub header: Html,
}

/// Rows rendered beyond the visible ones, above and below.
const MARGIN: usize = 8;

/// The visible window `[first, last)` for a scroll position.
pub fn window(scroll_top: u32, height: u32, row_height: u32, rows: usize) -> (usize, usize) {
    let row_height = row_height.max(1);
    let first = (scroll_top / row_height) as usize;
    let visible = (height / row_height) as usize + 1;
    let start = first.saturating_sub(MARGIN).min(rows);
    let end = (first + visible + MARGIN).min(rows);
    (start, end)
}

/// The list.
#[function_component(VirtualList)]
pub fn virtual_list(p: &Props) -> Html {
    let scroll = use_state(|| 0u32);
    let onscroll = {
        let scroll = scroll.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            scroll.set(el.scroll_top().max(0) as u32);
        })
    };
    let (start, end) = window(*scroll, p.height, p.row_height, p.rows);
    let total = p.rows as u64 * p.row_height as u64;
    let offset = start as u64 * p.row_height as u64;
    // Sizes go through the CSSOM: the CSP forbids inline style attributes.
    let (viewport, space, rows) = (use_node_ref(), use_node_ref(), use_node_ref());
    {
        let (viewport, space, rows) = (viewport.clone(), space.clone(), rows.clone());
        let height = p.height;
        use_effect_with((height, total, offset), move |_| {
            set_style(&viewport, "height", &format!("{height}px"));
            set_style(&space, "height", &format!("{total}px"));
            set_style(&rows, "transform", &format!("translateY({offset}px)"));
        });
    }
    html! {
        <div class="vlist" role="table" aria-label={p.label.clone()} aria-rowcount={(p.rows + 1).to_string()}>
            { p.header.clone() }
            // The scrolling box is the rows' group (a table may only own rows and row groups), and
            // focusable so the keyboard can scroll it.
            <div class="vlist-viewport" ref={viewport} {onscroll} tabindex="0" role="rowgroup" data-testid="vlist">
                <div class="vlist-space" ref={space}>
                    <div class="vlist-rows" ref={rows}>
                        { for (start..end).map(|i| p.render.emit(i)) }
                    </div>
                </div>
            </div>
        </div>
    }
}

/// Sets one style property through the CSSOM (allowed by the CSP, unlike `style="…"`).
pub fn set_style(node: &NodeRef, property: &str, value: &str) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.style().set_property(property, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_covers_the_view_and_stays_in_bounds() {
        assert_eq!(window(0, 400, 40, 100_000), (0, 19));
        assert_eq!(window(40_000, 400, 40, 100_000), (992, 1019));
        assert_eq!(window(4_000_000, 400, 40, 100_000), (99_992, 100_000));
        assert_eq!(window(0, 400, 40, 3), (0, 3));
        assert_eq!(window(0, 400, 40, 0), (0, 0));
    }
}
