//! The progress line: what the worker is doing, how far, and a cancel button.

use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::format::count;
use crate::components::handle::use_handle;
use crate::protocol::Stage;

/// Shows progress while the worker is busy, and errors when a job failed.
#[function_component(ProgressBar)]
pub fn progress_bar() -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let errors = &h.state.errors;
    let error_box = (!errors.is_empty()).then(|| {
        let dismiss = {
            let d = h.dispatch.clone();
            Callback::from(move |_| d.emit(crate::state::Action::DismissErrors))
        };
        html! {
            <div class="errors" role="alert">
                { for errors.iter().map(|e| html! {
                    <p><strong>{ e.message.get(lang) }</strong>{ " " }{ e.action.get(lang) }</p>
                }) }
                <button type="button" onclick={dismiss}>{ if zh { "知道了" } else { "Dismiss" } }</button>
            </div>
        }
    });
    let Some(busy) = &h.state.busy else {
        return html! { <>{ error_box }</> };
    };
    let stage = match (busy.stage, zh) {
        (Stage::Reading, true) => "正在读取文件",
        (Stage::Reading, false) => "Reading the file",
        (Stage::Validating, true) => "正在校验",
        (Stage::Validating, false) => "Validating",
        (Stage::Reconciling, true) => "正在对账",
        (Stage::Reconciling, false) => "Reconciling",
        (Stage::Exporting, true) => "正在生成文件",
        (Stage::Exporting, false) => "Writing the file",
    };
    let unit = if zh { "行" } else { "rows" };
    let cancel = {
        let c = h.cancel.clone();
        Callback::from(move |_| c.emit(()))
    };
    html! {
        <div class="progress" role="status" aria-live="polite" data-testid="progress">
            <span class="spinner" aria-hidden="true"></span>
            // Counts only once the worker has reported some: "0 / N" would look stuck.
            <span>{ if busy.done > 0 {
                format!("{stage}… {} / {} {unit}", count(busy.done), count(busy.total))
            } else {
                format!("{stage}…")
            } }</span>
            if busy.total > 0 && busy.done > 0 {
                <progress max={busy.total.to_string()} value={busy.done.to_string()}></progress>
            }
            <button type="button" onclick={cancel}>{ if zh { "取消" } else { "Cancel" } }</button>
            { error_box }
        </div>
    }
}
