//! The exception table of a reconciliation: filter, sort, scroll through 100,000 rows, open one.

use fapiao_core::report::{diagnosis_label, Exception, ExceptionKind, Report};
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::format::cell;
use crate::components::handle::{use_handle, JobRequest};
use crate::components::table_controls::{on_filter_change, on_filter_input, sort_header};
use crate::components::virtual_list::VirtualList;
use crate::state::{Filter, Shared, Sort};

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The reconciliation.
    pub report: Shared<Report>,
}

fn row_number(r: &Option<fapiao_core::report::RowRef>) -> u32 {
    r.as_ref().and_then(|r| r.row).unwrap_or(0)
}

/// Whether an exception passes the filters (text matched against every shown value).
pub fn passes(e: &Exception, f: &Filter) -> bool {
    if f.kind.is_some_and(|k| k != e.kind) {
        return false;
    }
    if f.diagnosis.as_ref().is_some_and(|d| *d != e.diagnosis) {
        return false;
    }
    let needle = f.text.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    let said = diagnosis_label(&e.diagnosis);
    let hay = [
        e.invoice_number.as_str(),
        e.diagnosis.as_str(),
        said.zh.as_str(),
        said.en.as_str(),
        e.message.zh.as_str(),
        e.message.en.as_str(),
        e.action.zh.as_str(),
        e.action.en.as_str(),
    ];
    hay.iter().any(|h| h.to_lowercase().contains(&needle))
        || e.fields.iter().any(|d| {
            d.ledger.to_lowercase().contains(&needle) || d.export.to_lowercase().contains(&needle)
        })
        || e.ledger
            .as_ref()
            .is_some_and(|r| r.invoice_number.contains(&needle))
}

/// The indices of the exceptions to show, filtered and sorted.
pub fn visible(report: &Report, filter: &Filter, sort: &Sort) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..report.exceptions.len())
        .filter(|&i| passes(&report.exceptions[i], filter))
        .collect();
    let ex = &report.exceptions;
    match sort.column.as_str() {
        "kind" => idx.sort_by_key(|&i| (ex[i].kind, ex[i].id)),
        "diagnosis" => idx.sort_by(|&a, &b| ex[a].diagnosis.cmp(&ex[b].diagnosis)),
        "number" => idx.sort_by(|&a, &b| ex[a].invoice_number.cmp(&ex[b].invoice_number)),
        "ledger_row" => idx.sort_by_key(|&i| row_number(&ex[i].ledger)),
        "export_row" => idx.sort_by_key(|&i| row_number(&ex[i].export)),
        _ => {}
    }
    if sort.descending {
        idx.reverse();
    }
    idx
}

/// The table.
#[function_component(ExceptionTable)]
pub fn exception_table(p: &Props) -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let state = &h.state;
    let report = p.report.clone();
    let shown = {
        let report = report.clone();
        use_memo(
            (report.clone(), state.filter.clone(), state.sort.clone()),
            move |(r, f, s)| visible(r, f, s),
        )
    };
    let filter = state.filter.clone();
    let on_kind = on_filter_change(&h, |f, v| {
        f.kind = ExceptionKind::ALL.into_iter().find(|k| k.id() == v);
        f.diagnosis = None;
    });
    let diagnoses: Vec<String> = {
        let mut d: Vec<String> = report
            .exceptions
            .iter()
            .filter(|e| filter.kind.is_none_or(|k| k == e.kind))
            .map(|e| e.diagnosis.clone())
            .collect();
        d.sort();
        d.dedup();
        d
    };
    let on_diag = on_filter_change(&h, |f, v| f.diagnosis = (!v.is_empty()).then_some(v));
    let on_text = on_filter_input(&h, |f, v| f.text = v);
    let sort_button = |key: &'static str, label: &str| sort_header(&h, key, label);
    let header = html! {
        <div class="vrow head" role="row">
            { sort_button("id", "#") }
            { sort_button("kind", if zh { "类型" } else { "Kind" }) }
            { sort_button("number", if zh { "发票号码" } else { "Invoice number" }) }
            { sort_button("ledger_row", if zh { "台账行" } else { "Ledger row" }) }
            { sort_button("export_row", if zh { "导出行" } else { "Export row" }) }
            <span role="columnheader" class="col diff">{ if zh { "差异（台账 → 平台）" } else { "Differences (ledger → platform)" } }</span>
            <span role="columnheader" class="col cause">{ if zh { "原因与下一步" } else { "Cause and next step" } }</span>
        </div>
    };
    let render = {
        let report = report.clone();
        let shown = shown.clone();
        let send = h.send.clone();
        Callback::from(move |i: usize| {
            let e = &report.exceptions[shown[i]];
            let id = e.id;
            let open = {
                let send = send.clone();
                Callback::from(move |_| send.emit(JobRequest::Detail(id)))
            };
            let open_key = {
                let send = send.clone();
                Callback::from(move |k: KeyboardEvent| {
                    if k.key() == "Enter" || k.key() == " " {
                        send.emit(JobRequest::Detail(id))
                    }
                })
            };
            let row = |r: &Option<fapiao_core::report::RowRef>| {
                r.as_ref()
                    .and_then(|r| r.row)
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "—".into())
            };
            html! {
                <div class={classes!("vrow", e.kind.id())} role="row" tabindex="0" onclick={open} onkeydown={open_key}
                     data-testid="exception-row" data-kind={e.kind.id()}>
                    <span role="cell" class="col id">{ id }</span>
                    <span role="cell" class="col kind"><span class={classes!("pill", e.kind.id())}>{ e.kind.label().get(lang) }</span><small data-diagnosis={e.diagnosis.clone()}>{ diagnosis_label(&e.diagnosis).get(lang).to_string() }</small></span>
                    <span role="cell" class="col number mono">{ &e.invoice_number }</span>
                    <span role="cell" class="col ledger_row">{ row(&e.ledger) }</span>
                    <span role="cell" class="col export_row">{ row(&e.export) }</span>
                    <span role="cell" class="col diff">
                        { for e.fields.iter().take(2).map(|d| html! {
                            <span class="pair"><b>{ d.field.label().get(lang) }</b>{ ": " }
                                <del>{ cell(&d.ledger) }</del>{ " → " }<ins>{ cell(&d.export) }</ins></span>
                        }) }
                    </span>
                    <span role="cell" class="col cause" title={format!("{}\n{}", e.message.get(lang), e.action.get(lang))}><span>{ e.message.get(lang) }</span><small>{ e.action.get(lang) }</small></span>
                </div>
            }
        })
    };
    html! {
        <div class="results">
            <div class="filters" role="search">
                <label>{ if zh { "类型" } else { "Kind" } }
                    <select onchange={on_kind} data-testid="filter-kind">
                        <option value="" selected={filter.kind.is_none()}>{ if zh { "全部" } else { "All" } }</option>
                        { for ExceptionKind::ALL.iter().map(|k| html! {
                            <option value={k.id()} selected={filter.kind == Some(*k)}>{ k.label().get(lang) }</option>
                        }) }
                    </select>
                </label>
                <label>{ if zh { "诊断" } else { "Diagnosis" } }
                    <select onchange={on_diag} data-testid="filter-diagnosis">
                        <option value="" selected={filter.diagnosis.is_none()}>{ if zh { "全部" } else { "All" } }</option>
                        { for diagnoses.iter().map(|d| html! {
                            <option value={d.clone()} selected={filter.diagnosis.as_ref() == Some(d)}>{ diagnosis_label(d).get(lang).to_string() }</option>
                        }) }
                    </select>
                </label>
                <label class="grow">{ if zh { "搜索" } else { "Search" } }
                    <input type="search" value={filter.text.clone()} oninput={on_text} data-testid="filter-text"
                           placeholder={if zh { "发票号码、金额、说明…" } else { "Number, amount, text…" }} />
                </label>
                <span class="muted" data-testid="shown-count">{ if zh { format!("显示 {} / {} 条", shown.len(), report.exceptions.len()) } else { format!("{} of {} shown", shown.len(), report.exceptions.len()) } }</span>
            </div>
            <VirtualList rows={shown.len()} row_height={64} height={480} {render} {header}
                         label={if zh { "差异清单" } else { "Exceptions" }} />
        </div>
    }
}
