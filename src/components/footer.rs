//! The page footer: the privacy promise, on every view.

use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::i18n::PRIVACY_FOOTER;

/// Footer properties.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// UI language.
    pub lang: Lang,
}

/// The footer.
#[function_component(Footer)]
pub fn footer(p: &Props) -> Html {
    html! {
        <footer class="footer" data-testid="privacy-footer">
            <p>{ PRIVACY_FOOTER.get(p.lang) }</p>
        </footer>
    }
}
