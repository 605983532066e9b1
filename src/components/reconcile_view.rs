//! 对账: load the ledger and the platform export, check the roles the app guessed, run, and read
//! the summary, the exception table, the detail; print or download the result.

use chrono::NaiveDate;
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::detail::DetailPanel;
use crate::components::files::{FileList, LoadPanel};
use crate::components::format::count;
use crate::components::handle::{use_handle, JobRequest};
use crate::components::results::ExceptionTable;
use crate::protocol::{kind_counts, ExportFormat, ResultKind};
use crate::state::{Action, Filter, Settings};

/// The reconciliation workflow.
#[function_component(ReconcileView)]
pub fn reconcile_view() -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let s = &h.state;
    let ready: Vec<(u32, String)> = s
        .files
        .iter()
        .filter(|f| f.summary().is_some())
        .map(|f| (f.id, f.name.clone()))
        .collect();
    let pick = |choose: fn(u32) -> Action| {
        let d = h.dispatch.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(id) = v.parse() {
                d.emit(choose(id));
            }
        })
    };
    let file_select = |id: &str, current: Option<u32>, onchange: Callback<Event>| {
        html! {
            <select id={id.to_string()} {onchange}>
                <option value="" selected={current.is_none()} disabled=true>{ if zh { "请选择文件" } else { "Choose a file" } }</option>
                { for ready.iter().map(|(fid, name)| html! {
                    <option value={fid.to_string()} selected={current == Some(*fid)}>{ name }</option>
                }) }
            </select>
        }
    };
    let swap = {
        let d = h.dispatch.clone();
        Callback::from(move |_| d.emit(Action::SwapRoles))
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
    let settings = s.settings.clone();
    // One callback per setting: read the input, change one field, dispatch the new settings.
    let setting = |change: fn(&mut Settings, &web_sys::HtmlInputElement)| {
        let d = h.dispatch.clone();
        let settings = settings.clone();
        Callback::from(move |e: Event| {
            let mut next = settings.clone();
            change(&mut next, &e.target_unchecked_into());
            d.emit(Action::SetSettings(next));
        })
    };
    let on_sync = setting(|s, i| s.sync_days = i.value().parse().unwrap_or(3));
    let on_tolerance = setting(|s, i| s.tolerance = i.value());
    let on_remember = setting(|s, i| s.remember = i.checked());
    let run = {
        let send = h.send.clone();
        Callback::from(move |_| send.emit(JobRequest::Reconcile))
    };
    let can_run =
        s.ledger.is_some() && s.export.is_some() && s.ledger != s.export && s.busy.is_none();
    let name_of = |id: Option<u32>| {
        id.and_then(|id| s.files.iter().find(|f| f.id == id))
            .map(|f| f.name.clone())
    };
    let guess = match (name_of(s.ledger), name_of(s.export)) {
        (Some(l), Some(e)) => Some(if zh {
            format!("根据表头判断：“{l}”是台账，“{e}”是平台导出。不对的话请调换。")
        } else {
            format!("From their headers, “{l}” looks like the ledger and “{e}” like the platform export. Swap them if not.")
        }),
        _ => None,
    };
    let clear = {
        let c = h.clear.clone();
        Callback::from(move |_| c.emit(true))
    };
    let result = s.reconciliation.clone().map(|report| {
        let set_kind = |k: Option<fapiao_core::report::ExceptionKind>| {
            let d = h.dispatch.clone();
            Callback::from(move |_| d.emit(Action::SetFilter(Filter { kind: k, ..Filter::default() })))
        };
        let export = |format: ExportFormat| {
            let send = h.send.clone();
            Callback::from(move |_| send.emit(JobRequest::Export(format, ResultKind::Reconciliation)))
        };
        let print = {
            let d = h.dispatch.clone();
            Callback::from(move |_| d.emit(Action::SetPrinting(true)))
        };
        html! {
            <section class="result" aria-labelledby="result-title">
                <h3 id="result-title">{ if zh { "对账结果" } else { "Result" } }
                    if let Some(d) = report.as_of {
                        <small class="muted">{ if zh { format!(" · 截止 {}", crate::components::format::date(d, lang)) } else { format!(" · as of {}", crate::components::format::date(d, lang)) } }</small>
                    }
                </h3>
                <div class="summary" data-testid="summary">
                    <button type="button" class="stat matched" onclick={set_kind(None)} data-kind="matched">
                        <b data-testid="matched">{ count(report.summary.matched as u64) }</b><span>{ if zh { "已匹配" } else { "Matched" } }</span>
                    </button>
                    { for kind_counts(&report).into_iter().map(|(k, n)| html! {
                        <button type="button" class={classes!("stat", k.id(), (n == 0).then_some("zero"))} onclick={set_kind(Some(k))}
                                aria-pressed={(s.filter.kind == Some(k)).to_string()}>
                            <b data-kind={k.id()}>{ count(n as u64) }</b><span>{ k.label().get(lang) }</span>
                        </button>
                    }) }
                </div>
                <div class="actions">
                    <button type="button" class="primary" onclick={print} data-testid="print">{ if zh { "打印差异清单" } else { "Print the exception list" } }</button>
                    <button type="button" onclick={export(ExportFormat::Xlsx)} data-testid="download-xlsx">{ "XLSX" }</button>
                    <button type="button" onclick={export(ExportFormat::Csv)} data-testid="download-csv">{ "CSV" }</button>
                    <button type="button" onclick={export(ExportFormat::Json)} data-testid="download-json">{ "JSON" }</button>
                    <button type="button" onclick={export(ExportFormat::Html)} data-testid="download-html">{ if zh { "HTML 报告" } else { "HTML report" } }</button>
                </div>
                <ExceptionTable report={report.clone()} />
                <DetailPanel report={report} />
            </section>
        }
    });
    html! {
        <div class="workflow">
            <LoadPanel />
            <FileList />
            <section class="setup" aria-labelledby="setup-title">
                <h3 id="setup-title">{ if zh { "对账设置" } else { "Set up" } }</h3>
                <div class="grid">
                    <label for="pick-ledger">{ if zh { "台账" } else { "Ledger" } }</label>
                    { file_select("pick-ledger", s.ledger, pick(Action::ChooseLedger)) }
                    <label for="pick-export">{ if zh { "平台导出" } else { "Platform export" } }</label>
                    { file_select("pick-export", s.export, pick(Action::ChooseExport)) }
                    <span></span>
                    <button type="button" onclick={swap} data-testid="swap">{ if zh { "⇅ 调换台账与平台导出" } else { "⇅ Swap ledger and export" } }</button>
                    <label for="as-of">{ if zh { "截止日期" } else { "As of" } }</label>
                    <span><input id="as-of" type="date" onchange={on_as_of}
                        value={s.as_of.map(|d| d.to_string()).unwrap_or_default()} />
                        <small class="muted">{ if zh { " 留空：以平台导出中最晚的开票日期为准" } else { " empty: the export's last issue date" } }</small></span>
                    <label for="sync-days">{ if zh { "同步延迟（天）" } else { "Sync delay (days)" } }</label>
                    <input id="sync-days" type="number" min="0" max="60" value={settings.sync_days.to_string()} onchange={on_sync} />
                    <label for="tolerance">{ if zh { "金额容差（元）" } else { "Amount tolerance (yuan)" } }</label>
                    <input id="tolerance" type="text" inputmode="decimal" value={settings.tolerance.clone()} onchange={on_tolerance} />
                </div>
                if let Some(g) = guess { <p class="hint" data-testid="role-guess">{ g }</p> }
                <div class="actions">
                    <button type="button" class="primary" disabled={!can_run} onclick={run} data-testid="run-reconcile">
                        { if zh { "开始对账" } else { "Reconcile" } }
                    </button>
                    <label class="check"><input type="checkbox" checked={settings.remember} onchange={on_remember} data-testid="remember" />
                        { if zh { " 在本机记住我的设置（不含任何发票数据）" } else { " Remember my settings on this computer (never invoice data)" } }</label>
                    <button type="button" class="danger" onclick={clear} data-testid="clear-all">{ if zh { "清除全部" } else { "Clear everything" } }</button>
                </div>
            </section>
            { result }
        </div>
    }
}
