//! OFD invoices (GB/T 33190): a zip holding `OFD.xml`, the pages, an attached original XML and
//! semantic tags.
//!
//! Three sources, read in this order: `OFD.xml` `CustomData[@Name]` (发票号码, 合计金额, …),
//! the attached invoice XML (`Doc_0/Attachs/*.xml`, read by [`super::xml`], with the QR payload
//! in its `GraphCode`), and the tags file
//! whose elements point (`ObjectRef`) at `TextObject`s on the page, and last the QR code when
//! it is a picture among the resources (`Doc_0/Res/*.png`). [`read`] returns the first
//! source found and warns when the others disagree; [`read_sources`] returns all of them for the
//! single-invoice cross-check. The archive passes [`limits::check_zip`] first (entries, total
//! size, ratio) and every part read is decompressed through [`MAX_ENTRY_BYTES`], so a zip bomb
//! stops at a limit instead of filling memory.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use rust_decimal::Decimal;
use zip::ZipArchive;

use super::document::{diag, file_error, parsed};
use super::limits::{self, Limits};
#[cfg(feature = "qr-image")]
use super::qr_image;
use super::values::{self, digits, is_masked, money, tax_id};
use super::xml::{self, Element};
use super::Parsed;
use crate::diag::{Diagnostic, Place, Severity};
use crate::model::{Columns, Field, FieldName as F, Invoice, Name, Origin};
use crate::text::Text;

/// The largest decompressed size of one entry, in bytes (real entries are a few KiB; fonts and
/// images are never read).
pub const MAX_ENTRY_BYTES: u64 = 8 * 1024 * 1024;
/// The name of the CustomData source.
pub const PART_CUSTOM_DATA: &str = "OFD.xml CustomData";

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Whether the bytes are a zip that names an `OFD.xml` (names are stored uncompressed).
pub fn looks_like_ofd(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") && bytes.windows(7).any(|w| w == b"OFD.xml")
}

fn ofd_error(file: &str, id: &str, zh: String, en: String) -> Diagnostic {
    file_error(
        file,
        id,
        Text::new(zh, en),
        Text::new(
            "请从开票平台或销售方重新下载该 OFD 文件；也可加载同一张发票的 XML 或 PDF。",
            "Download the OFD file again from the invoicing platform or the seller, or load the same invoice's XML or PDF.",
        ),
    )
}

/// Reads one entry through the size limit.
fn entry(file: &str, zip: &mut Archive<'_>, name: &str) -> Result<Vec<u8>, Diagnostic> {
    let damaged = |_| super::errors::damaged_zip(file);
    let f = zip.by_name(name).map_err(damaged)?;
    let mut out = Vec::new();
    f.take(MAX_ENTRY_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|_| super::errors::damaged_zip(file))?;
    if out.len() as u64 > MAX_ENTRY_BYTES {
        return Err(ofd_error(
            file,
            "read.ofd_too_large",
            format!("OFD 文件“{file}”中的 {name} 解压后超过 {MAX_ENTRY_BYTES} 字节（可能是压缩炸弹），已停止读取。"),
            format!("The part {name} of the OFD file “{file}” decompresses to more than {MAX_ENTRY_BYTES} bytes (possibly a zip bomb); reading stopped."),
        ));
    }
    Ok(out)
}

fn custom_field<T>(
    data: &BTreeMap<String, String>,
    key: &str,
    read: impl FnOnce(&str) -> Option<T>,
) -> Option<(Field<T>, Name)> {
    let raw = data.get(key)?;
    values::field(raw, format!("{PART_CUSTOM_DATA}[{key}]"), read)
}

/// The invoice in `OFD.xml`'s CustomData, when it names an invoice number.
fn from_custom_data(file: &str, root: &Element) -> Option<Invoice> {
    let mut found = Vec::new();
    root.find_all("CustomData", "", &mut found);
    let data: BTreeMap<String, String> = found
        .iter()
        .filter_map(|(_, e)| Some((e.attr("Name")?.trim().to_string(), e.text.clone())))
        .collect();
    data.get("发票号码")?;
    let mut c = Columns::default();
    let amount = c.keep(F::Amount, custom_field(&data, "合计金额", money));
    // 合计税额 `***` stands for a tax-exempt invoice: the tax is zero.
    let tax = c.keep(
        F::Tax,
        custom_field(&data, "合计税额", |t| {
            money(t).or_else(|| is_masked(t).then_some(Decimal::ZERO))
        }),
    );
    let total = match (
        amount.as_ref().and_then(|f| f.value),
        tax.as_ref().and_then(|f| f.value),
    ) {
        (Some(a), Some(t)) => c.keep(
            F::Total,
            Some((
                Field::parsed(a + t, (a + t).to_string()),
                format!("{PART_CUSTOM_DATA}[合计金额+合计税额]").into(),
            )),
        ),
        _ => None,
    };
    Some(Invoice {
        origin: Origin {
            place: Place {
                column: Some(PART_CUSTOM_DATA.into()),
                ..Place::file(file)
            },
            more_rows: Vec::new(),
        },
        code: c.keep(F::InvoiceCode, custom_field(&data, "发票代码", digits)),
        number: c.keep(F::InvoiceNumber, custom_field(&data, "发票号码", digits)),
        issue_date: c.keep(F::IssueDate, custom_field(&data, "开票日期", values::date)),
        buyer_tax_id: c.keep(
            F::BuyerTaxId,
            custom_field(&data, "购买方纳税人识别号", tax_id),
        ),
        seller_tax_id: c.keep(
            F::SellerTaxId,
            custom_field(&data, "销售方纳税人识别号", tax_id),
        ),
        amount,
        tax,
        total,
        check_code: c.keep(F::CheckCode, custom_field(&data, "校验码", digits)),
        columns: c,
        ..Invoice::default()
    })
}

/// The texts of every `TextObject` on the pages, by object id.
fn page_texts(
    file: &str,
    zip: &mut Archive<'_>,
    names: &[String],
) -> Result<BTreeMap<String, String>, Diagnostic> {
    let mut texts = BTreeMap::new();
    for name in names
        .iter()
        .filter(|n| n.contains("/Pages/") && n.ends_with("Content.xml"))
    {
        let page = xml::parse_tree(file, &entry(file, zip, name)?)?;
        let mut objects = Vec::new();
        page.find_all("TextObject", "", &mut objects);
        for (_, obj) in objects {
            let text: String = obj
                .children
                .iter()
                .filter(|c| c.name == "TextCode")
                .map(|c| c.text.as_str())
                .collect();
            if let Some(id) = obj.attr("ID") {
                texts.insert(id.to_string(), text);
            }
        }
    }
    Ok(texts)
}

/// The tags file, resolved: an element tree of the same field names holding the page's texts.
fn from_tags(
    file: &str,
    part: &str,
    tags: &Element,
    texts: &BTreeMap<String, String>,
) -> Option<Invoice> {
    let resolved: Vec<Element> = tags
        .children
        .iter()
        .filter_map(|field| {
            let text: String = field
                .children
                .iter()
                .filter(|c| c.name == "ObjectRef")
                .filter_map(|r| texts.get(r.text.trim()).map(String::as_str))
                .collect();
            (!text.is_empty()).then(|| Element {
                name: field.name.clone(),
                text: text.trim_start_matches(['¥', '￥']).to_string(),
                ..Element::default()
            })
        })
        .collect();
    let root = Element {
        name: tags.name.clone(),
        children: resolved,
        ..Element::default()
    };
    xml::invoice_from_tree(file, part, &root).filter(|i| i.number.is_some())
}

fn no_invoice(file: &str) -> Diagnostic {
    ofd_error(
        file,
        "read.ofd_no_invoice",
        format!("OFD 文件“{file}”中找不到发票数据（CustomData、附件 XML、标签文件都没有发票号码）。"),
        format!("No invoice data was found in the OFD file “{file}” (no invoice number in CustomData, attached XML or tags)."),
    )
}

/// Reads every source of the invoice in an OFD, in order: CustomData, attachments, tags.
pub fn read_sources(file: &str, bytes: &[u8]) -> Result<Vec<Parsed>, Diagnostic> {
    // Entry count, total size and compression ratio, checked while inflating, as for every zip.
    let names = limits::check_zip(file, bytes, &Limits::DEFAULT)?;
    let mut zip =
        ZipArchive::new(Cursor::new(bytes)).map_err(|_| super::errors::damaged_zip(file))?;
    if !names.iter().any(|n| n == "OFD.xml") {
        return Err(ofd_error(
            file,
            "read.ofd_no_root",
            format!("压缩包“{file}”中没有 OFD.xml，不是 OFD 文件。"),
            format!("The archive “{file}” has no OFD.xml; it is not an OFD file."),
        ));
    }
    let mut found: Vec<(String, Invoice)> = Vec::new();
    let root = xml::parse_tree(file, &entry(file, &mut zip, "OFD.xml")?)?;
    if let Some(inv) = from_custom_data(file, &root) {
        found.push((PART_CUSTOM_DATA.into(), inv));
    }
    let in_dir = |n: &String, dir: &str| n.contains(dir) && n.ends_with(".xml");
    for name in names.iter().filter(|n| in_dir(n, "/Attachs/")) {
        let tree = xml::parse_tree(file, &entry(file, &mut zip, name)?)?;
        if let Some(inv) = xml::invoice_from_tree(file, name, &tree) {
            found.push((name.clone(), inv));
        }
        if let Some(Ok(mut qr)) = xml::graph_code(file, &tree) {
            let part = format!("{name} GraphCode");
            qr.origin.place.column = Some(part.as_str().into());
            found.push((part, qr));
        }
    }
    let tag_files: Vec<&String> = names.iter().filter(|n| in_dir(n, "/Tags/")).collect();
    if !tag_files.is_empty() {
        let texts = page_texts(file, &mut zip, &names)?;
        for name in tag_files {
            let tree = xml::parse_tree(file, &entry(file, &mut zip, name)?)?;
            if let Some(inv) = from_tags(file, name, &tree, &texts) {
                found.push((name.clone(), inv));
            }
        }
    }
    // The QR code on the page, where it is a picture among the resources (logos are skipped).
    #[cfg(feature = "qr-image")]
    let pictures = names.iter().filter(|n| {
        let n = n.to_ascii_lowercase();
        n.contains("/res/") && [".png", ".jpg", ".jpeg"].iter().any(|e| n.ends_with(e))
    });
    #[cfg(feature = "qr-image")]
    for name in pictures {
        let Ok(picture) = qr_image::read(name, &entry(file, &mut zip, name)?) else {
            continue;
        };
        for mut inv in picture.invoices {
            let part = format!("{name} {}", inv.origin.place.column.unwrap_or_default());
            inv.origin.place = Place {
                column: Some(part.as_str().into()),
                ..Place::file(file)
            };
            found.push((part, inv));
        }
    }
    if found.is_empty() {
        return Err(no_invoice(file));
    }
    Ok(found
        .into_iter()
        .map(|(part, inv)| {
            let mut p = parsed(file, bytes, "ofd", Some(&part));
            p.info.rows = 1;
            p.invoices.push(inv);
            p
        })
        .collect())
}

/// Reads an OFD invoice: the first source found, with a warning naming any field on which the
/// other sources disagree.
pub fn read(file: &str, bytes: &[u8]) -> Result<Parsed, Diagnostic> {
    let sources = read_sources(file, bytes)?;
    let named: Vec<(String, &Invoice)> = sources
        .iter()
        .filter_map(|p| Some((p.info.source_part.clone()?, p.invoices.first()?)))
        .collect();
    let differences = crate::single::compare::differences(&named);
    let mut first = sources.into_iter().next().ok_or_else(|| no_invoice(file))?;
    let Some(inv) = first.invoices.first().cloned() else {
        return Err(no_invoice(file));
    };
    for d in differences {
        let shown: Vec<String> = d
            .values
            .iter()
            .map(|v| format!("{}: {}", v.source, v.raw))
            .collect();
        let label = d.field.label();
        first.diagnostics.push(diag(
            "read.ofd_sources_differ",
            Severity::Warning,
            inv.place_of(d.field),
            Text::new(
                format!("OFD 文件内各部分的{}不一致：{}", label.zh, shown.join("；")),
                format!(
                    "The parts of the OFD file disagree on the {}: {}",
                    label.en.to_lowercase(),
                    shown.join("; ")
                ),
            ),
            Text::new(
                "已采用第一个来源的值；请核对发票票面。",
                "The first source's value is used; compare with the printed invoice.",
            ),
        ));
    }
    Ok(first)
}
