//! The print view: the A4 exception list an auditor signs, without the app's chrome. Chinese
//! first; inputs with SHA-256 fingerprints; summary; exceptions grouped by kind; signature lines.
//! Page numbers come from the print stylesheet (`@page` counters).

use fapiao_core::report::{diagnosis_label, ExceptionKind};
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::format::{cell, count, date};
use crate::components::handle::use_handle;
use crate::protocol::kind_counts;
use crate::state::Action;

/// The print view.
#[function_component(PrintView)]
pub fn print_view() -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let back = {
        let d = h.dispatch.clone();
        Callback::from(move |_| d.emit(Action::SetPrinting(false)))
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let Some(report) = h.state.reconciliation.clone() else {
        return html! { <button type="button" onclick={back}>{ if zh { "返回" } else { "Back" } }</button> };
    };
    let as_of = report
        .as_of
        .map(|d| date(d, lang))
        .unwrap_or_else(|| "—".into());
    let both = |zh_text: &str, en_text: &str| {
        if zh {
            format!("{zh_text} / {en_text}")
        } else {
            format!("{en_text} / {zh_text}")
        }
    };
    html! {
        <div class="print">
            <div class="print-tools no-print">
                <button type="button" class="primary" onclick={print} data-testid="print-now">{ if zh { "打印 / 另存为 PDF" } else { "Print / save as PDF" } }</button>
                <button type="button" onclick={back} data-testid="print-back">{ if zh { "返回" } else { "Back" } }</button>
            </div>
            <h1>{ both("发票对账差异清单", "Invoice reconciliation exceptions") }</h1>
            <table class="inputs">
                <thead><tr>
                    <th>{ both("角色", "Role") }</th><th>{ both("文件", "File") }</th>
                    <th>{ both("行数", "Rows") }</th><th>{ "SHA-256" }</th>
                </tr></thead>
                <tbody>{ for report.inputs.iter().map(|i| html! {
                    <tr><td>{ i.role.label().get(lang) }</td><td>{ &i.file.name }</td><td>{ count(i.file.rows as u64) }</td>
                        <td class="mono fingerprint">{ &i.file.sha256 }</td></tr>
                }) }</tbody>
            </table>
            <p>{ both("截止日期", "As of") }{ ": " }{ as_of }</p>
            <table class="summary-table">
                <tbody>
                    <tr><th>{ both("已匹配", "Matched") }</th><td>{ count(report.summary.matched as u64) }</td></tr>
                    { for kind_counts(&report).into_iter().map(|(k, n)| html! {
                        <tr><th>{ k.label().get(lang) }</th><td>{ count(n as u64) }</td></tr>
                    }) }
                </tbody>
            </table>
            { for ExceptionKind::ALL.iter().filter(|k| report.of_kind(**k).next().is_some()).map(|k| html! {
                <section class="kind-group">
                    <h2>{ k.label().get(lang) }</h2>
                    <table class="exceptions">
                        <thead><tr>
                            <th>{ "#" }</th><th>{ both("发票号码", "Invoice number") }</th>
                            <th>{ both("台账行", "Ledger row") }</th><th>{ both("导出行", "Export row") }</th>
                            <th>{ both("差异", "Differences") }</th><th>{ both("原因与下一步", "Cause and next step") }</th>
                        </tr></thead>
                        <tbody>{ for report.of_kind(*k).map(|e| html! {
                            <tr>
                                <td>{ e.id }</td>
                                <td><span class="mono">{ &e.invoice_number }</span><div class="muted">{ diagnosis_label(&e.diagnosis).get(lang).to_string() }</div></td>
                                <td>{ e.ledger.as_ref().and_then(|r| r.row).map(|n| n.to_string()).unwrap_or_default() }</td>
                                <td>{ e.export.as_ref().and_then(|r| r.row).map(|n| n.to_string()).unwrap_or_default() }</td>
                                <td>{ for e.fields.iter().map(|d| html! {
                                    <div>{ d.field.label().get(lang) }{ ": " }{ cell(&d.ledger) }{ " → " }{ cell(&d.export) }</div>
                                }) }</td>
                                <td><div>{ e.message.get(lang) }</div><div class="muted">{ e.action.get(lang) }</div></td>
                            </tr>
                        }) }</tbody>
                    </table>
                </section>
            }) }
            <div class="signatures">
                <span>{ "核对人 / Checked by：" }<u></u></span>
                <span>{ "复核人 / Reviewed by：" }<u></u></span>
                <span>{ "日期 / Date：" }<u></u></span>
            </div>
        </div>
    }
}
