//! The column mapping of one file: our field ← the file's column, with a sample value; the user
//! can point any field at another column and the file is read again.

use fapiao_core::diag::column_letters;
use fapiao_core::model::FieldName;
use fapiao_core::parse::ReadOptions;
use fapiao_core::text::Lang;
use yew::prelude::*;

use crate::components::handle::{use_handle, JobRequest};
use crate::protocol::{FileId, FileSummary};

/// Fields a user is most likely to fix, shown even when unmapped.
const SHOWN: [FieldName; 10] = [
    FieldName::InvoiceCode,
    FieldName::InvoiceNumber,
    FieldName::IssueDate,
    FieldName::SellerName,
    FieldName::SellerTaxId,
    FieldName::BuyerTaxId,
    FieldName::Amount,
    FieldName::Tax,
    FieldName::Total,
    FieldName::TaxRate,
];

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The file.
    pub file: FileId,
    /// What was read.
    pub summary: FileSummary,
}

fn letter_index(letters: &str) -> usize {
    letters
        .bytes()
        .filter(u8::is_ascii_uppercase)
        .fold(0usize, |n, b| n * 26 + (b - b'A' + 1) as usize)
}

/// The mapping table.
#[function_component(MappingTable)]
pub fn mapping_table(p: &Props) -> Html {
    let h = use_handle();
    let lang = h.lang();
    let zh = lang == Lang::Zh;
    let info = &p.summary.info;
    if info.columns.is_empty() && info.header_row.is_none() {
        return html! {};
    }
    let widest = info
        .header_cells
        .len()
        .max(
            info.columns
                .values()
                .map(|c| letter_index(c))
                .max()
                .unwrap_or(0),
        )
        .clamp(1, 64);
    let header_of = |letters: &str| -> String {
        let i = letter_index(letters);
        info.header_cells
            .get(i.wrapping_sub(1))
            .cloned()
            .filter(|h| !h.trim().is_empty())
            .or_else(|| {
                info.columns
                    .iter()
                    .find(|(_, c)| c.as_str() == letters)
                    .and_then(|(f, _)| info.headers.get(f).cloned())
            })
            .unwrap_or_default()
    };
    let fields: Vec<FieldName> = FieldName::ALL
        .into_iter()
        .filter(|f| SHOWN.contains(f) || info.columns.contains_key(f))
        .collect();
    let rows = fields.iter().map(|&field| {
        let current = info.columns.get(&field).cloned().unwrap_or_default();
        let onchange = {
            let send = h.send.clone();
            let file = p.file;
            let columns = info.columns.clone();
            Callback::from(move |e: Event| {
                let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                let value = select.value();
                let mut map = columns.clone();
                if value.is_empty() {
                    map.remove(&field);
                } else {
                    map.insert(field, value);
                }
                send.emit(JobRequest::Reread(
                    file,
                    ReadOptions {
                        map,
                        ..ReadOptions::default()
                    },
                ));
            })
        };
        let sample = p.summary.samples.get(&field).cloned().unwrap_or_default();
        let label = field.label();
        let select_id = format!("map-{}-{}", p.file, field.id());
        html! {
            <tr class={classes!(current.is_empty().then_some("unmapped"))}>
                <th scope="row"><label for={select_id.clone()}>{ label.get(lang) }</label></th>
                <td>
                    <select id={select_id} {onchange} data-field={field.id()}>
                        <option value="" selected={current.is_empty()}>{ if zh { "（未映射）" } else { "(not mapped)" } }</option>
                        { for (0..widest).map(|i| {
                            let letters = column_letters(i);
                            let header = header_of(&letters);
                            let text = if header.is_empty() { letters.clone() } else { format!("{letters} · {header}") };
                            html! { <option value={letters.clone()} selected={letters == current}>{ text }</option> }
                        }) }
                    </select>
                </td>
                <td class="sample">{ sample }</td>
            </tr>
        }
    });
    html! {
        <details class="mapping">
            <summary>{ if zh { "列映射（可修改）" } else { "Column mapping (editable)" } }</summary>
            <table>
                <thead><tr>
                    <th scope="col">{ if zh { "字段" } else { "Field" } }</th>
                    <th scope="col">{ if zh { "文件中的列" } else { "Column in the file" } }</th>
                    <th scope="col">{ if zh { "示例值" } else { "Sample" } }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </details>
    }
}
