//! 单张查验: one invoice from whatever the user has of it: QR text pasted, its XML, OFD, PDF
//! or a picture of its QR code dropped, or its fields typed ([`ManualEntry`]). Shows the
//! fields, the findings, the cross-check of the sources, and exactly what to type on the
//! national check platform.

use fapiao_core::diag::Severity;
use fapiao_core::model::FieldName;
use fapiao_core::single::QrAmount;
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::handle::{use_handle, JobRequest};
use crate::components::manual_form::ManualEntry;
use crate::protocol::SingleInput;
use crate::state::Action;

/// The single-invoice workflow.
#[function_component(SingleView)]
pub fn single_view() -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let text = use_state(String::new);
    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let check_text = {
        let text = text.clone();
        let send = h.send.clone();
        Callback::from(move |_| {
            let inputs = pasted_inputs(&text);
            if !inputs.is_empty() {
                send.emit(JobRequest::Single(inputs));
            }
        })
    };
    let on_files = {
        let send = h.send.clone();
        let text = text.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files: Vec<web_sys::File> = input
                .files()
                .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
                .unwrap_or_default();
            input.set_value("");
            let send = send.clone();
            let pasted = pasted_inputs(&text);
            wasm_bindgen_futures::spawn_local(async move {
                let mut inputs = pasted;
                for f in files {
                    let buffer = wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await;
                    let bytes = buffer
                        .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                        .unwrap_or_default();
                    inputs.push(SingleInput {
                        name: f.name(),
                        pasted: false,
                        bytes,
                    });
                }
                if !inputs.is_empty() {
                    send.emit(JobRequest::Single(inputs));
                }
            });
        })
    };
    // The card comes below the inputs and the long manual form: bring each new result into view.
    let card = use_node_ref();
    {
        let card = card.clone();
        use_effect_with(h.state.single.clone(), move |result| {
            if result.is_some() {
                if let Some(el) = card.cast::<web_sys::Element>() {
                    el.scroll_into_view();
                }
            }
        });
    }
    let result = h.state.single.clone().map(|r| {
        let c = &r.check;
        let inv = &c.merged;
        let value = |f: FieldName| inv.raw(f).unwrap_or("—").to_string();
        let kind = c.kind.map(|k| fapiao_core::single::kind::label(k).get(lang).to_string()).unwrap_or_else(|| "—".into());
        let issued = c.issued.as_ref().map(|i| if lang == Lang::En { i.label_en() } else { i.label() }).unwrap_or_default();
        let fields = [FieldName::InvoiceCode, FieldName::InvoiceNumber, FieldName::IssueDate, FieldName::SellerName,
                      FieldName::SellerTaxId, FieldName::BuyerName, FieldName::BuyerTaxId, FieldName::Amount,
                      FieldName::Tax, FieldName::Total, FieldName::CheckCode];
        let qr_note = c.qr_amount.map(|q| match (q, zh) {
            (QrAmount::MatchedTotal, true) => "二维码中的金额等于价税合计（含税）。",
            (QrAmount::MatchedTotal, false) => "The QR code's amount equals the total including tax.",
            (QrAmount::MatchedExcludingTax, true) => "二维码中的金额等于不含税金额。",
            (QrAmount::MatchedExcludingTax, false) => "The QR code's amount equals the amount excluding tax.",
            (QrAmount::Neither, true) => "二维码中的金额与其他来源的含税、不含税金额都不一致，请核对。",
            (QrAmount::Neither, false) => "The QR code's amount matches neither the total nor the amount excluding tax of the other sources: check it.",
            (QrAmount::Unconfirmed, true) => "数电发票二维码中的金额含税与否无法确认：没有其他来源可比对。",
            (QrAmount::Unconfirmed, false) => "Whether this 数电 QR amount includes tax cannot be confirmed: no other source to compare with.",
        });
        let errors = r.findings.iter().filter(|f| f.severity == Severity::Error).count()
            + c.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let print = Callback::from(|_| { if let Some(w) = web_sys::window() { let _ = w.print(); } });
        html! {
            <section ref={card.clone()} class="result single-result" aria-labelledby="single-title" data-testid="single-result">
                <h3 id="single-title">{ format!("{kind} · {}", value(FieldName::InvoiceNumber)) }
                    if !issued.is_empty() { <small class="muted">{ format!(" · {issued}") }</small> }</h3>
                <p class={classes!("verdict", if errors > 0 { "bad" } else { "good" })} data-testid="verdict">
                    { match (errors, zh) {
                        (0, true) => "格式与金额检查未发现错误。真伪只能由全国增值税发票查验平台确认，请按下方信息查验。".to_string(),
                        (0, false) => "No errors in format and amounts. Only the national check platform can confirm the invoice is genuine: use the values below.".to_string(),
                        (n, true) => format!("发现 {n} 处错误，请先核对下列问题。"),
                        (n, false) => format!("{n} errors found: check the problems below first."),
                    } }
                </p>
                <p class="muted" data-testid="single-sources">
                    { if zh { "来源：" } else { "Sources: " } }{ c.sources.join(if zh { "、" } else { ", " }) }
                </p>
                <dl class="facts card-fields">
                    { for fields.iter().filter(|f| inv.raw(**f).is_some()).map(|f| html! {
                        <><dt>{ f.label().get(lang) }</dt><dd class="mono" data-field={f.id()}>{ value(*f) }</dd></>
                    }) }
                </dl>
                if let Some(n) = qr_note { <p class="hint" data-testid="qr-amount">{ n }</p> }
                if !c.differences.is_empty() {
                    <div class="problem warning">
                        <h4>{ if zh { "各来源不一致" } else { "The sources disagree" } }</h4>
                        <ul>{ for c.differences.iter().map(|d| html! {
                            <li><b>{ d.field.label().get(lang) }</b>{ ": " }
                                { d.values.iter().map(|v| format!("{} = {}", v.source, v.raw)).collect::<Vec<_>>().join(" ≠ ") }</li>
                        }) }</ul>
                    </div>
                } else if c.sources.len() > 1 {
                    <p class="hint">{ if zh { format!("{} 个来源的号码、日期、金额一致。", c.sources.len()) } else { format!("The {} sources agree on number, date and amounts.", c.sources.len()) } }</p>
                }
                if !r.findings.is_empty() || !c.diagnostics.is_empty() {
                    <ul class="findings-list">
                        { for c.diagnostics.iter().map(|d| html! {
                            <li class={sev_class(d.severity)}><b>{ d.message.get(lang) }</b>{ " " }{ d.action.get(lang) }</li>
                        }) }
                        { for r.findings.iter().map(|f| html! {
                            <li class={sev_class(f.severity)} data-rule={f.rule.clone()}><code>{ &f.rule }</code>{ " " }<b>{ f.message.get(lang) }</b>{ " " }{ f.action.get(lang) }</li>
                        }) }
                    </ul>
                }
                if let Some(p) = &c.platform {
                    <div class="platform" data-testid="platform-entry">
                        <h4>{ if zh { "在全国增值税发票查验平台输入" } else { "Enter on the national invoice check platform" } }</h4>
                        <table><tbody>{ for p.items.iter().map(|i| {
                            let v = i.value.clone().unwrap_or_default();
                            let copy = { let v = v.clone(); Callback::from(move |_| copy_text(&v)) };
                            html! { <tr><th scope="row">{ i.label.get(lang) }</th><td class="mono">{ &v }</td>
                                <td class="no-print"><button type="button" class="small" onclick={copy}>{ if zh { "复制" } else { "Copy" } }</button></td></tr> }
                        }) }</tbody></table>
                        <ul class="muted">{ for c.limits.iter().map(|l| html! { <li>{ l.get(lang) }</li> }) }</ul>
                    </div>
                }
                <p class="fingerprint muted">{ for r.fingerprints.iter().map(|(n, s)| html! { <span>{ format!("{n} · SHA-256 {s}") }<br/></span> }) }</p>
                <div class="actions no-print"><button type="button" onclick={print}>{ if zh { "打印本页结果" } else { "Print this result" } }</button></div>
            </section>
        }
    });
    let clear = {
        let d = h.dispatch.clone();
        let text = text.clone();
        Callback::from(move |_| {
            text.set(String::new());
            d.emit(Action::ClearAll {
                settings_too: false,
            });
        })
    };
    html! {
        <div class="workflow single">
            <div class="load">
                <label for="qr-text">{ if zh { "二维码内容（用手机扫码后复制，每行一个）" } else { "QR code text (one per line)" } }</label>
                <textarea id="qr-text" rows="3" value={(*text).clone()} oninput={on_text} data-testid="qr-text"
                          placeholder="01,32,,24112000000012345678,1130.00,20241105,,74AE" />
                <div class="actions">
                    <button type="button" class="primary" onclick={check_text} data-testid="check-qr">{ if zh { "查验" } else { "Check" } }</button>
                    <label class="button">
                        { if zh { "选择发票文件（XML、OFD、PDF 或二维码图片）…" } else { "Choose invoice files (XML, OFD, PDF or a QR picture)…" } }
                        <input type="file" multiple=true class="visually-hidden" onchange={on_files}
                               accept=".xml,.ofd,.pdf,.png,.jpg,.jpeg" data-testid="single-file-input" />
                    </label>
                    <button type="button" onclick={clear}>{ if zh { "清除" } else { "Clear" } }</button>
                </div>
            </div>
            <ManualEntry />
            { result }
        </div>
    }
}

/// One source per pasted line of QR text.
fn pasted_inputs(text: &str) -> Vec<SingleInput> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, l)| SingleInput {
            name: format!("QR {}", i + 1),
            pasted: true,
            bytes: l.as_bytes().to_vec(),
        })
        .collect()
}

fn sev_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn copy_text(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}
