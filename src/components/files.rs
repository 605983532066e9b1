//! Loading data: drop or pick files, paste from Excel/WPS, or load the samples; one card per
//! loaded file with what was read, its fingerprint and its reading problems.

use fapiao_core::diag::Severity;
use fapiao_core::report::Role;
use fapiao_core::text::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::format::{count, size};
use crate::components::handle::{use_handle, JobRequest};
use crate::components::mapping::MappingTable;
use crate::state::{FileStatus, LoadedFile};

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return vec![] };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The drop zone, file picker, paste box and sample button.
#[function_component(LoadPanel)]
pub fn load_panel() -> Html {
    let h = use_handle();
    let zh = h.lang() == Lang::Zh;
    let dragging = use_state(|| false);
    let paste = use_state(String::new);

    let on_pick = {
        let load = h.load_files.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            load.emit(files_of(input.files()));
            input.set_value("");
        })
    };
    let on_drop = {
        let load = h.load_files.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            load.emit(files_of(e.data_transfer().and_then(|d| d.files())));
        })
    };
    let on_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_paste_input = {
        let paste = paste.clone();
        Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            paste.set(t.value());
        })
    };
    let on_paste_load = {
        let paste = paste.clone();
        let load = h.load_paste.clone();
        Callback::from(move |_| {
            if !paste.trim().is_empty() {
                load.emit((*paste).clone());
                paste.set(String::new());
            }
        })
    };
    let on_sample = {
        let send = h.send.clone();
        Callback::from(move |_| send.emit(JobRequest::LoadSamples))
    };
    html! {
        <div class="load">
            <div class={classes!("dropzone", dragging.then_some("over"))}
                 ondrop={on_drop} ondragover={on_over} ondragleave={on_leave} data-testid="dropzone">
                <p>{ if zh { "把台账和平台导出文件拖到这里，或" } else { "Drop your ledger and the platform export here, or" } }</p>
                <label class="button primary">
                    { if zh { "选择文件…" } else { "Choose files…" } }
                    <input type="file" multiple=true class="visually-hidden" onchange={on_pick}
                           accept=".csv,.tsv,.txt,.xlsx,.xls,.ods,.xml,.ofd" data-testid="file-input" />
                </label>
                <p class="hint">{ if zh { "支持 CSV/TSV/TXT（UTF-8、GBK、UTF-16）、XLSX、XLS、ODS、发票 XML 与 OFD。文件只在本机读取。" }
                                  else { "CSV/TSV/TXT (UTF-8, GBK, UTF-16), XLSX, XLS, ODS, invoice XML and OFD. Files are read on this computer only." } }</p>
                <button type="button" class="sample" onclick={on_sample} data-testid="load-sample">
                    { if zh { "加载示例数据" } else { "Load sample data" } }
                </button>
            </div>
            <details class="paste">
                <summary>{ if zh { "或从 Excel / WPS / 网页粘贴" } else { "Or paste from Excel / WPS / a web page" } }</summary>
                <label for="paste-box">{ if zh { "粘贴的表格（可含表头）" } else { "Pasted table (header optional)" } }</label>
                <textarea id="paste-box" rows="5" value={(*paste).clone()} oninput={on_paste_input}
                          placeholder={if zh { "在 Excel 中选中单元格，复制，然后粘贴到这里" } else { "Select cells in Excel, copy, and paste here" }} />
                <button type="button" onclick={on_paste_load} data-testid="paste-load">{ if zh { "读取粘贴的内容" } else { "Read the pasted table" } }</button>
            </details>
        </div>
    }
}

/// Props of a file card.
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The file.
    pub file: LoadedFile,
    /// Its role in the reconciliation, if chosen.
    pub role: Option<Role>,
}

/// One loaded file.
#[function_component(FileCard)]
pub fn file_card(p: &CardProps) -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let f = &p.file;
    let id = f.id;
    let remove = {
        let send = h.send.clone();
        Callback::from(move |_| send.emit(JobRequest::Remove(id)))
    };
    let replace = {
        let send = h.send.clone();
        let load = h.load_files.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files = files_of(input.files());
            if !files.is_empty() {
                send.emit(JobRequest::Remove(id));
                load.emit(files);
            }
        })
    };
    let role = p.role.map(|r| html! { <span class={classes!("role", if r == Role::Ledger { "ledger" } else { "export" })}>{ r.label().get(lang) }</span> });
    let body = match &f.status {
        FileStatus::Reading => {
            html! { <p class="muted">{ if zh { "读取中…" } else { "Reading…" } }</p> }
        }
        FileStatus::Failed(d) => html! {
            <div class="problem error" role="alert">
                <p><strong>{ d.message.get(lang) }</strong></p>
                <p>{ d.action.get(lang) }</p>
                <p class="muted">{ format!("[{}]", d.id) }</p>
            </div>
        },
        FileStatus::Ready(s) => {
            let i = &s.info;
            let facts: Vec<(String, String)> = [
                (
                    if zh { "格式" } else { "Format" },
                    Some(i.format.to_uppercase()),
                ),
                (if zh { "编码" } else { "Encoding" }, i.encoding.clone()),
                (if zh { "工作表" } else { "Sheet" }, i.sheet.clone()),
                (
                    if zh { "表头行" } else { "Header row" },
                    i.header_row.map(|r| r.to_string()),
                ),
                (
                    if zh { "数据行" } else { "Rows read" },
                    Some(count(i.rows as u64)),
                ),
                (
                    if zh { "发票" } else { "Invoices" },
                    Some(count(s.invoices as u64)),
                ),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v)))
            .collect();
            let problems: Vec<_> = s
                .diagnostics
                .iter()
                .filter(|d| d.severity != Severity::Info)
                .collect();
            let notes: Vec<_> = s
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Info)
                .collect();
            html! {
                <>
                    <dl class="facts">
                        { for facts.iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }
                    </dl>
                    <p class="fingerprint" title="SHA-256"><span class="muted">{ "SHA-256 " }</span><code data-testid="sha256">{ &i.sha256 }</code></p>
                    if !problems.is_empty() {
                        <details class="problems" open=true>
                            <summary>{ if zh { format!("读取问题 {} 条", problems.len()) } else { format!("{} reading problems", problems.len()) } }</summary>
                            <ul>{ for problems.iter().map(|d| html! {
                                <li class={if d.severity == Severity::Error { "error" } else { "warning" }}>
                                    { place_text(d, zh) }{ d.message.get(lang) }{ " — " }{ d.action.get(lang) }
                                </li>
                            }) }</ul>
                        </details>
                    }
                    if !notes.is_empty() {
                        <details class="notes">
                            <summary>{ if zh { format!("说明 {} 条", notes.len()) } else { format!("{} notes", notes.len()) } }</summary>
                            <ul>{ for notes.iter().map(|d| html! { <li>{ place_text(d, zh) }{ d.message.get(lang) }</li> }) }</ul>
                        </details>
                    }
                    <MappingTable file={id} summary={s.clone()} />
                </>
            }
        }
    };
    html! {
        <article class="card" aria-label={f.name.clone()} data-testid="file-card">
            <header class="card-head">
                <h4 title={f.name.clone()}>{ &f.name }</h4>
                { role }
                <span class="muted">{ size(f.size) }</span>
                <label class="button small">
                    { if zh { "替换" } else { "Replace" } }
                    <input type="file" class="visually-hidden" onchange={replace} aria-label={if zh { "替换此文件" } else { "Replace this file" }} />
                </label>
                <button type="button" class="small" onclick={remove} aria-label={if zh { format!("移除 {}", f.name) } else { format!("Remove {}", f.name) }}>
                    { if zh { "移除" } else { "Remove" } }
                </button>
            </header>
            { body }
        </article>
    }
}

/// "第 14 行 D 列：" for a diagnostic with a place.
pub fn place_text(d: &fapiao_core::diag::Diagnostic, zh: bool) -> String {
    let mut parts = Vec::new();
    if let Some(s) = &d.place.sheet {
        parts.push(s.to_string());
    }
    if let Some(r) = d.place.row {
        parts.push(if zh {
            format!("第 {r} 行")
        } else {
            format!("row {r}")
        });
    }
    if let Some(c) = &d.place.column {
        parts.push(if zh {
            format!("{c} 列")
        } else {
            format!("column {c}")
        });
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("{}: ", parts.join(" "))
    }
}

/// Cards for every loaded file.
#[function_component(FileList)]
pub fn file_list() -> Html {
    let h = use_handle();
    let s = &h.state;
    if s.files.is_empty() {
        return html! {};
    }
    html! {
        <div class="cards">
            { for s.files.iter().map(|f| {
                let role = if s.ledger == Some(f.id) { Some(Role::Ledger) }
                    else if s.export == Some(f.id) { Some(Role::Export) } else { None };
                html! { <FileCard key={f.id} file={f.clone()} {role} /> }
            }) }
        </div>
    }
}

/// Keeps the compiler honest about the `JsCast` import used by event helpers.
#[allow(dead_code)]
fn _uses(e: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    e.target()?.dyn_into().ok()
}
