//! The body of a workflow view: its title and what it is for. The workflows fill this in.

use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::i18n::{view_intro, view_title};
use crate::state::View;

/// View properties.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// UI language.
    pub lang: Lang,
    /// Which view.
    pub view: View,
}

/// One workflow's page.
#[function_component(ViewPage)]
pub fn view_page(p: &Props) -> Html {
    html! {
        <section class="view" aria-labelledby="view-title" data-view={p.view.hash().trim_start_matches("#/").to_string()}>
            <h2 id="view-title">{ view_title(p.view).get(p.lang) }</h2>
            <p class="intro">{ view_intro(p.view).get(p.lang) }</p>
        </section>
    }
}
