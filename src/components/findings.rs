//! The findings table of a validation: filter by severity, rule and text; sort; scroll.

use fapiao_core::diag::Severity;
use fapiao_core::rules::{Finding, Report};
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::handle::use_handle;
use crate::components::table_controls::{on_filter_change, on_filter_input, sort_header};
use crate::components::virtual_list::VirtualList;
use crate::state::{Filter, Shared, Sort};

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The validation.
    pub report: Shared<Report>,
}

/// A rule's short name in `lang` (the id itself for a rule the reference does not list).
fn rule_title(id: &str, lang: Lang) -> &str {
    fapiao_core::rules::title(id).map_or(id, |t| t.get(lang))
}

/// Whether a finding passes the filters.
pub fn passes(f: &Finding, filter: &Filter) -> bool {
    if filter.severity.is_some_and(|s| s != f.severity) {
        return false;
    }
    if filter.rule.as_ref().is_some_and(|r| *r != f.rule) {
        return false;
    }
    let needle = filter.text.trim().to_lowercase();
    needle.is_empty()
        || [
            f.rule.as_str(),
            rule_title(&f.rule, Lang::Zh),
            rule_title(&f.rule, Lang::En),
            f.value.as_deref().unwrap_or(""),
            f.invoice_number.as_deref().unwrap_or(""),
            f.message.zh.as_str(),
            f.message.en.as_str(),
        ]
        .iter()
        .any(|h| h.to_lowercase().contains(&needle))
}

/// Indices of the findings to show, filtered and sorted.
pub fn visible(report: &Report, filter: &Filter, sort: &Sort) -> Vec<usize> {
    let fs = &report.findings;
    let mut idx: Vec<usize> = (0..fs.len()).filter(|&i| passes(&fs[i], filter)).collect();
    match sort.column.as_str() {
        "severity" => idx.sort_by_key(|&i| std::cmp::Reverse(fs[i].severity)),
        "rule" => idx.sort_by(|&a, &b| fs[a].rule.cmp(&fs[b].rule)),
        "row" => idx.sort_by_key(|&i| fs[i].row.unwrap_or(0)),
        _ => {}
    }
    if sort.descending {
        idx.reverse();
    }
    idx
}

fn severity_label(s: Severity, zh: bool) -> &'static str {
    match (s, zh) {
        (Severity::Error, true) => "错误",
        (Severity::Error, false) => "Error",
        (Severity::Warning, true) => "警告",
        (Severity::Warning, false) => "Warning",
        (Severity::Info, true) => "提示",
        (Severity::Info, false) => "Info",
    }
}

/// The table.
#[function_component(FindingsTable)]
pub fn findings_table(p: &Props) -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let state = &h.state;
    let report = p.report.clone();
    let shown = use_memo(
        (report.clone(), state.filter.clone(), state.sort.clone()),
        |(r, f, s)| visible(r, f, s),
    );
    let filter = state.filter.clone();
    let on_severity = on_filter_change(&h, |f, v| {
        f.severity = match v.as_str() {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    });
    let on_rule = on_filter_change(&h, |f, v| f.rule = (!v.is_empty()).then_some(v));
    let on_text = on_filter_input(&h, |f, v| f.text = v);
    let sort_button = |key: &'static str, label: &str| sort_header(&h, key, label);
    let header = html! {
        <div class="vrow head" role="row">
            { sort_button("severity", if zh { "级别" } else { "Severity" }) }
            { sort_button("rule", if zh { "规则" } else { "Rule" }) }
            { sort_button("row", if zh { "位置" } else { "Place" }) }
            <span role="columnheader" class="col value">{ if zh { "值" } else { "Value" } }</span>
            <span role="columnheader" class="col cause">{ if zh { "问题与处理" } else { "Problem and action" } }</span>
        </div>
    };
    let render = {
        let report = report.clone();
        let shown = shown.clone();
        Callback::from(move |i: usize| {
            let f = &report.findings[shown[i]];
            let sev = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            let place = match (f.row, &f.column) {
                (Some(r), Some(c)) => {
                    if zh {
                        format!("第 {r} 行 {c} 列")
                    } else {
                        format!("row {r}, col {c}")
                    }
                }
                (Some(r), None) => {
                    if zh {
                        format!("第 {r} 行")
                    } else {
                        format!("row {r}")
                    }
                }
                _ => "—".into(),
            };
            html! {
                <div class={classes!("vrow", sev)} role="row" data-testid="finding-row" data-rule={f.rule.clone()}>
                    <span role="cell" class="col severity"><span class={classes!("pill", sev)}>{ severity_label(f.severity, zh) }</span></span>
                    <span role="cell" class="col rule">{ rule_title(&f.rule, lang) }<small class="mono">{ &f.rule }</small></span>
                    <span role="cell" class="col row">{ place }</span>
                    <span role="cell" class="col value mono">{ f.value.clone().unwrap_or_default() }</span>
                    <span role="cell" class="col cause" title={format!("{}\n{}", f.message.get(lang), f.action.get(lang))}><span>{ f.message.get(lang) }</span><small>{ f.action.get(lang) }</small></span>
                </div>
            }
        })
    };
    let sev_value = match filter.severity {
        Some(Severity::Error) => "error",
        Some(Severity::Warning) => "warning",
        Some(Severity::Info) => "info",
        None => "",
    };
    html! {
        <div class="results">
            <div class="filters" role="search">
                <label>{ if zh { "级别" } else { "Severity" } }
                    <select onchange={on_severity} data-testid="filter-severity">
                        { for [("", if zh { "全部" } else { "All" }), ("error", severity_label(Severity::Error, zh)),
                               ("warning", severity_label(Severity::Warning, zh)), ("info", severity_label(Severity::Info, zh))]
                            .into_iter().map(|(v, l)| html! { <option value={v} selected={v == sev_value}>{ l }</option> }) }
                    </select>
                </label>
                <label>{ if zh { "规则" } else { "Rule" } }
                    <select onchange={on_rule} data-testid="filter-rule">
                        <option value="" selected={filter.rule.is_none()}>{ if zh { "全部" } else { "All" } }</option>
                        { for report.summary.by_rule.keys().map(|r| html! {
                            <option value={r.clone()} selected={filter.rule.as_ref() == Some(r)}>{ rule_title(r, lang) }</option>
                        }) }
                    </select>
                </label>
                <label class="grow">{ if zh { "搜索" } else { "Search" } }
                    <input type="search" value={filter.text.clone()} oninput={on_text} data-testid="filter-text" />
                </label>
                <span class="muted">{ if zh { format!("显示 {} / {} 条", shown.len(), report.findings.len()) } else { format!("{} of {} shown", shown.len(), report.findings.len()) } }</span>
            </div>
            <VirtualList rows={shown.len()} row_height={64} height={480} {render} {header}
                         label={if zh { "校验结果" } else { "Findings" }} />
        </div>
    }
}
