//! 批量校验: load a ledger, run every validation rule, read the summary and the findings.

use chrono::NaiveDate;
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::app::today;
use crate::components::files::{FileList, LoadPanel};
use crate::components::findings::FindingsTable;
use crate::components::format::count;
use crate::components::handle::{use_handle, JobRequest};
use crate::protocol::{ExportFormat, ResultKind};
use crate::state::{Action, Filter, Settings};

/// The validation workflow.
#[function_component(ValidateView)]
pub fn validate_view() -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let s = &h.state;
    let target = s
        .ledger
        .or_else(|| s.files.iter().find(|f| f.summary().is_some()).map(|f| f.id));
    let on_file = {
        let d = h.dispatch.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(id) = v.parse() {
                d.emit(Action::ChooseLedger(id));
            }
        })
    };
    let on_as_of = {
        let d = h.dispatch.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            d.emit(Action::SetAsOf(v.parse::<NaiveDate>().ok()));
        })
    };
    let on_tax_id = {
        let d = h.dispatch.clone();
        let settings = s.settings.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            d.emit(Action::SetSettings(Settings {
                my_tax_id: v.trim().to_uppercase(),
                ..settings.clone()
            }));
        })
    };
    let run = {
        let send = h.send.clone();
        Callback::from(move |_| {
            if let Some(id) = target {
                send.emit(JobRequest::Validate(id));
            }
        })
    };
    let result = s.validation.clone().map(|report| {
        let sev = |severity: Option<fapiao_core::diag::Severity>| {
            let d = h.dispatch.clone();
            Callback::from(move |_| d.emit(Action::SetFilter(Filter { severity, ..Filter::default() })))
        };
        let download = |format: ExportFormat| {
            let send = h.send.clone();
            Callback::from(move |_| send.emit(JobRequest::Export(format, ResultKind::Validation)))
        };
        use fapiao_core::diag::Severity;
        html! {
            <section class="result" aria-labelledby="vresult-title">
                <h3 id="vresult-title">{ if zh { "校验结果" } else { "Findings" } }</h3>
                <div class="summary" data-testid="validation-summary">
                    <button type="button" class="stat" onclick={sev(None)}><b data-testid="rows">{ count(report.summary.rows as u64) }</b><span>{ if zh { "行" } else { "rows" } }</span></button>
                    <button type="button" class="stat error" onclick={sev(Some(Severity::Error))}><b data-severity="error">{ count(report.summary.error as u64) }</b><span>{ if zh { "错误" } else { "errors" } }</span></button>
                    <button type="button" class="stat warning" onclick={sev(Some(Severity::Warning))}><b data-severity="warning">{ count(report.summary.warning as u64) }</b><span>{ if zh { "警告" } else { "warnings" } }</span></button>
                    <button type="button" class="stat info" onclick={sev(Some(Severity::Info))}><b data-severity="info">{ count(report.summary.info as u64) }</b><span>{ if zh { "提示" } else { "notes" } }</span></button>
                </div>
                <details class="by-rule">
                    <summary>{ if zh { "按规则统计" } else { "By rule" } }</summary>
                    <ul>{ for report.summary.by_rule.iter().map(|(r, n)| {
                        let title = fapiao_core::rules::rule(r).map(|i| if zh { i.title.zh } else { i.title.en }).unwrap_or_default();
                        html! { <li><code>{ r }</code>{ format!(" {title}: {n}") }</li> }
                    }) }</ul>
                    if !report.summary.skipped_rules.is_empty() {
                        <p class="muted">{ if zh { "缺少所需字段而未执行的规则：" } else { "Rules not run (fields missing): " } }{ report.summary.skipped_rules.join(", ") }</p>
                    }
                </details>
                <div class="actions">
                    <button type="button" onclick={download(ExportFormat::Csv)} data-testid="download-validation-csv">{ if zh { "下载 CSV（可用 Excel/WPS 打开）" } else { "Download CSV (opens in Excel/WPS)" } }</button>
                    <button type="button" onclick={download(ExportFormat::Json)} data-testid="download-validation">{ if zh { "下载 JSON" } else { "Download JSON" } }</button>
                </div>
                <FindingsTable report={report} />
            </section>
        }
    });
    html! {
        <div class="workflow">
            <LoadPanel />
            <FileList />
            <section class="setup" aria-labelledby="vsetup-title">
                <h3 id="vsetup-title">{ if zh { "校验设置" } else { "Set up" } }</h3>
                <div class="grid">
                    <label for="pick-file">{ if zh { "要校验的文件" } else { "File to check" } }</label>
                    <select id="pick-file" onchange={on_file}>
                        { for s.files.iter().filter(|f| f.summary().is_some()).map(|f| html! {
                            <option value={f.id.to_string()} selected={target == Some(f.id)}>{ &f.name }</option>
                        }) }
                    </select>
                    <label for="v-as-of">{ if zh { "校验日期" } else { "Check as of" } }</label>
                    <input id="v-as-of" type="date" onchange={on_as_of}
                        value={s.as_of.unwrap_or_else(today).to_string()} />
                    <label for="my-tax-id">{ if zh { "本单位税号（可选）" } else { "Your tax ID (optional)" } }</label>
                    <input id="my-tax-id" type="text" value={s.settings.my_tax_id.clone()} onchange={on_tax_id} autocomplete="off" />
                </div>
                <div class="actions">
                    <button type="button" class="primary" disabled={target.is_none() || s.busy.is_some()} onclick={run} data-testid="run-validate">
                        { if zh { "开始校验" } else { "Validate" } }
                    </button>
                </div>
            </section>
            { result }
            <details class="rules-reference" data-testid="rules-reference">
                <summary>{ if zh { "全部校验规则说明" } else { "Every validation rule" } }</summary>
                <table>
                    <thead><tr>
                        <th scope="col">{ if zh { "规则" } else { "Rule" } }</th>
                        <th scope="col">{ if zh { "检查什么" } else { "What it checks" } }</th>
                        <th scope="col">{ if zh { "怎么处理" } else { "What to do" } }</th>
                    </tr></thead>
                    <tbody>{ for fapiao_core::rules::REFERENCE.iter().map(|r| html! {
                        <tr>
                            <td><code>{ r.id }</code><br/>{ if zh { r.title.zh } else { r.title.en } }</td>
                            <td>{ if zh { r.checks.zh } else { r.checks.en } }</td>
                            <td>{ if zh { r.action.zh } else { r.action.en } }</td>
                        </tr>
                    }) }</tbody>
                </table>
            </details>
        </div>
    }
}
