//! The page header: product name, the workflow tabs and the language switch.

use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::i18n::{view_title, APP_NAME, SWITCH_LANG, TAGLINE, WORKER_READY, WORKER_STARTING};
use crate::state::{View, WorkerStatus};

/// Header properties.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// UI language.
    pub lang: Lang,
    /// The open view.
    pub view: View,
    /// Worker status, shown as a small badge.
    pub worker: WorkerStatus,
    /// Called with the language to switch to.
    pub on_lang: Callback<Lang>,
}

/// The header.
#[function_component(Header)]
pub fn header(p: &Props) -> Html {
    let lang = p.lang;
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    let switch = {
        let on_lang = p.on_lang.clone();
        Callback::from(move |_| on_lang.emit(other))
    };
    let badge = match &p.worker {
        WorkerStatus::Starting => {
            html! { <span class="badge" data-testid="worker-status">{ WORKER_STARTING.get(lang) }</span> }
        }
        WorkerStatus::Ready(v) => html! {
            <span class="badge ready" data-testid="worker-status" title={format!("fapiao-core {v}")}>{ WORKER_READY.get(lang) }</span>
        },
    };
    html! {
        <header class="header">
            <div class="brand">
                <h1>{ APP_NAME.get(lang) }</h1>
                <p class="tagline">{ TAGLINE.get(lang) }</p>
            </div>
            <nav class="tabs" aria-label={if lang == Lang::Zh { "功能" } else { "Workflows" }}>
                { for View::ALL.iter().map(|v| {
                    let current = *v == p.view;
                    html! {
                        <a href={v.hash()} class={classes!("tab", current.then_some("current"))}
                           aria-current={current.then_some("page")}>
                            { view_title(*v).get(lang) }
                        </a>
                    }
                }) }
            </nav>
            <div class="tools">
                { badge }
                <button type="button" class="lang" onclick={switch} data-testid="lang-switch"
                        lang={if other == Lang::Zh { "zh-CN" } else { "en" }}>
                    { SWITCH_LANG.get(lang) }
                </button>
            </div>
        </header>
    }
}
