//! One exception opened: what is wrong, what to do, and the original rows of both files side by
//! side with the differing values highlighted.

use fapiao_core::model::{FieldName, Invoice};
use fapiao_core::report::Report;
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::handle::use_handle;
use crate::state::{Action, Shared};

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The reconciliation the exception belongs to.
    pub report: Shared<Report>,
}

fn place(inv: &Option<Invoice>, zh: bool) -> String {
    let Some(inv) = inv else {
        return "—".into();
    };
    let p = &inv.origin.place;
    let mut s = p.file.to_string();
    if let Some(sheet) = &p.sheet {
        s.push_str(&format!(" · {sheet}"));
    }
    if let Some(r) = p.row {
        s.push_str(&if zh {
            format!(" · 第 {r} 行")
        } else {
            format!(" · row {r}")
        });
    }
    s
}

/// The detail panel.
#[function_component(DetailPanel)]
pub fn detail_panel(p: &Props) -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let panel = use_node_ref();
    {
        // Bring the opened detail into view (it sits below a tall table).
        let panel = panel.clone();
        let open = h.state.detail.as_ref().map(|d| d.exception);
        use_effect_with(open, move |open| {
            if open.is_some() {
                if let Some(el) = panel.cast::<web_sys::Element>() {
                    el.scroll_into_view();
                }
            }
        });
    }
    let Some(detail) = &h.state.detail else {
        return html! {};
    };
    let Some(e) = p
        .report
        .exceptions
        .iter()
        .find(|e| e.id == detail.exception)
    else {
        return html! {};
    };
    let close = {
        let d = h.dispatch.clone();
        Callback::from(move |_| d.emit(Action::CloseDetail))
    };
    let differing: Vec<FieldName> = e.fields.iter().map(|f| f.field).collect();
    let rows = FieldName::ALL.iter().filter_map(|&f| {
        let l = detail.ledger.as_ref().and_then(|i| i.raw(f));
        let x = detail.export.as_ref().and_then(|i| i.raw(f));
        if l.is_none() && x.is_none() {
            return None;
        }
        let differs = differing.contains(&f);
        Some(html! {
            <tr class={classes!(differs.then_some("differs"))}>
                <th scope="row">{ f.label().get(lang) }</th>
                <td>{ l.unwrap_or("—") }</td>
                <td>{ x.unwrap_or("—") }</td>
            </tr>
        })
    });
    html! {
        <aside class="detail" ref={panel} role="dialog" aria-modal="false" aria-labelledby="detail-title" data-testid="detail">
            <header>
                <h3 id="detail-title">{ format!("#{} · {} · {}", e.id, e.kind.label().get(lang), e.invoice_number) }</h3>
                <button type="button" onclick={close} aria-label={if zh { "关闭" } else { "Close" }}>{ "×" }</button>
            </header>
            <p><strong>{ if zh { "原因：" } else { "Cause: " } }</strong>{ e.message.get(lang) }</p>
            <p><strong>{ if zh { "下一步：" } else { "Next step: " } }</strong>{ e.action.get(lang) }</p>
            if !e.rules.is_empty() {
                <p class="muted">{ if zh { "相关规则：" } else { "Rules: " } }{ e.rules.join(", ") }</p>
            }
            <table class="sidebyside">
                <thead><tr>
                    <th scope="col">{ if zh { "字段" } else { "Field" } }</th>
                    <th scope="col">{ if zh { "台账" } else { "Ledger" } }<br/><small>{ place(&detail.ledger, zh) }</small></th>
                    <th scope="col">{ if zh { "平台导出" } else { "Platform export" } }<br/><small>{ place(&detail.export, zh) }</small></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </aside>
    }
}
