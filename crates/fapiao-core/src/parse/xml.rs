//! Invoice XML: the 数电 file (root `EInvoice`) and the older e-invoice (root `eInvoice`, `fp:`
//! prefix, also found as `original_invoice.xml` inside OFD files).
//!
//! The bytes become a small element tree first ([`Element`]), with hard limits on size and
//! depth and no DTD at all (no entity expansion, no external entities); fields are then looked
//! up by local name, so namespace prefixes and missing wrappers do not matter. Each field's
//! `column` is the element path it came from.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};
use quick_xml::events::Event;
use quick_xml::Reader;

use super::document::{file_error, parsed};
use super::values::{self, digits, money, tax_id, tax_rate, text};
use super::Parsed;
use crate::diag::{Diagnostic, Place, Severity};
use crate::model::{
    Columns, Field, FieldName as F, Invoice, InvoiceKind, LineField, LineItem, Name, Origin,
};
use crate::text::Text;

/// The largest XML accepted, in bytes (real invoices are a few KiB; long ones some 100 KiB).
pub const MAX_XML_BYTES: usize = 4 * 1024 * 1024;
/// The deepest element nesting accepted (real invoices nest 5 levels).
pub const MAX_DEPTH: usize = 32;
/// The most elements accepted in one file.
pub const MAX_ELEMENTS: usize = 100_000;

/// One XML element: its local name (prefix dropped), text, attributes and children.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    /// Local name (`TotalTax-includedAmount`, `InvoiceNo` for `fp:InvoiceNo`).
    pub name: String,
    /// Attributes by local name, unescaped.
    pub attrs: Vec<(String, String)>,
    /// The element's own text, unescaped (CDATA included).
    pub text: String,
    /// Child elements in order.
    pub children: Vec<Element>,
}

impl Element {
    /// The first descendant (or self) named `name`, with its path from this element.
    pub fn find(&self, name: &str) -> Option<(String, &Element)> {
        if self.name == name {
            return Some((self.name.clone(), self));
        }
        self.children.iter().find_map(|c| {
            c.find(name)
                .map(|(path, e)| (format!("{}/{path}", self.name), e))
        })
    }

    /// Every descendant named `name`, with its path, in document order.
    pub fn find_all<'a>(&'a self, name: &str, prefix: &str, out: &mut Vec<(String, &'a Element)>) {
        let path = if prefix.is_empty() {
            self.name.clone()
        } else {
            format!("{prefix}/{}", self.name)
        };
        if self.name == name {
            out.push((path.clone(), self));
        }
        for c in &self.children {
            c.find_all(name, &path, out);
        }
    }

    /// The value of the attribute with local name `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

fn local(name: &[u8]) -> String {
    let s = String::from_utf8_lossy(name);
    s.rsplit(':').next().unwrap_or_default().to_string()
}

fn xml_error(file: &str, id: &str, zh: String, en: String) -> Diagnostic {
    file_error(
        file,
        id,
        Text::new(zh, en),
        Text::new(
            "请从开票平台或销售方重新下载该发票的 XML/OFD 文件。",
            "Download the invoice's XML/OFD file again from the invoicing platform or the seller.",
        ),
    )
}

fn predefined(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

/// The document as UTF-8: a byte-order mark decides, else the declaration's `encoding`
/// (older e-invoice tools write `encoding="GBK"`), else it is UTF-8 already. `Err` carries an
/// encoding label nobody knows.
fn to_utf8(bytes: &[u8]) -> Result<Cow<'_, [u8]>, String> {
    let encoding = match Encoding::for_bom(bytes) {
        Some((encoding, _)) => encoding,
        None => match declared_encoding(bytes) {
            Some(label) => {
                Encoding::for_label(label.as_bytes()).ok_or_else(|| label.to_string())?
            }
            None => return Ok(Cow::Borrowed(bytes)),
        },
    };
    if encoding == UTF_8 && Encoding::for_bom(bytes).is_none() {
        return Ok(Cow::Borrowed(bytes));
    }
    let (text, _, _) = encoding.decode(bytes);
    Ok(Cow::Owned(text.into_owned().into_bytes()))
}

/// The `encoding` pseudo-attribute of an `<?xml …?>` declaration at the very start.
fn declared_encoding(bytes: &[u8]) -> Option<&str> {
    let head = bytes.strip_prefix(b"<?xml")?;
    let end = memchr::memmem::find(&head[..head.len().min(256)], b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let rest = &decl[decl.find("encoding")? + "encoding".len()..];
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = &rest[1..];
    Some(&value[..value.find(quote)?])
}

/// Parses XML into an element tree, refusing DTDs and input beyond the limits.
pub fn parse_tree(file: &str, bytes: &[u8]) -> Result<Element, Diagnostic> {
    if bytes.len() > MAX_XML_BYTES {
        let (size, max) = (bytes.len(), MAX_XML_BYTES);
        return Err(xml_error(
            file,
            "read.xml_too_large",
            format!("XML 文件“{file}”有 {size} 字节，超过发票文件的上限 {max} 字节。"),
            format!("The XML file “{file}” has {size} bytes, more than the {max} bytes an invoice file may have."),
        ));
    }
    let malformed = |detail: String| {
        xml_error(
            file,
            "read.xml_malformed",
            format!("XML 文件“{file}”格式有误：{detail}"),
            format!("The XML file “{file}” is malformed: {detail}"),
        )
    };
    let text = to_utf8(bytes).map_err(|label| {
        malformed(format!(
            "unknown encoding “{label}” in the XML declaration / 未知编码"
        ))
    })?;
    let bytes: &[u8] = &text;
    // XML 1.0 allows no NUL character anywhere; the parser below would pass it through.
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(malformed(format!("NUL (0x00) @ byte {at}")));
    }
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut count = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| malformed(e.to_string()))?;
        match event {
            Event::DocType(_) => {
                return Err(xml_error(
                    file,
                    "read.xml_dtd",
                    format!("XML 文件“{file}”含有 DTD（<!DOCTYPE>）；发票文件不含 DTD，为安全起见不予读取。"),
                    format!("The XML file “{file}” contains a DTD (<!DOCTYPE>); invoice files have none, so it is refused for safety."),
                ))
            }
            Event::Start(_) | Event::Empty(_) if stack.len() >= MAX_DEPTH => {
                return Err(xml_error(
                    file,
                    "read.xml_too_deep",
                    format!("XML 文件“{file}”的元素嵌套超过 {MAX_DEPTH} 层，不是发票文件。"),
                    format!("The XML file “{file}” nests elements deeper than {MAX_DEPTH} levels; it is not an invoice file."),
                ));
            }
            Event::Start(ref e) | Event::Empty(ref e) => {
                count += 1;
                if count > MAX_ELEMENTS {
                    return Err(malformed(format!("more than {MAX_ELEMENTS} elements")));
                }
                let mut el = Element {
                    name: local(e.name().as_ref()),
                    ..Element::default()
                };
                for a in e.attributes() {
                    let a = a.map_err(|e| malformed(e.to_string()))?;
                    let v = a.unescape_value().map_err(|e| malformed(e.to_string()))?;
                    el.attrs.push((local(a.key.as_ref()), v.into_owned()));
                }
                if matches!(event, Event::Start(_)) {
                    stack.push(el);
                } else {
                    close(el, &mut stack, &mut root);
                }
            }
            Event::End(_) => {
                let el = stack.pop().ok_or_else(|| malformed("unmatched end tag".into()))?;
                close(el, &mut stack, &mut root);
            }
            Event::Text(t) => {
                let s = t.decode().map_err(|e| malformed(e.to_string()))?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                let s = t.decode().map_err(|e| malformed(e.to_string()))?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    _ => {
                        let name = r.decode().map_err(|e| malformed(e.to_string()))?;
                        predefined(&name)
                            .ok_or_else(|| malformed(format!("unknown entity &{name};")))?
                    }
                };
                if let Some(top) = stack.last_mut() {
                    top.text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match (root, stack.is_empty()) {
        (Some(root), true) => Ok(root),
        (None, _) => Err(malformed("no root element".into())),
        (Some(_), false) => Err(malformed("unclosed elements at the end".into())),
    }
}

fn close(el: Element, stack: &mut [Element], root: &mut Option<Element>) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(el),
        None => {
            if root.is_none() {
                *root = Some(el);
            }
        }
    }
}

/// Whether the bytes look like an invoice XML (root `EInvoice` or `eInvoice`, any prefix).
pub fn looks_like_invoice(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    ["EInvoice", "eInvoice"].iter().any(|root| {
        head.match_indices(root).any(|(i, _)| {
            let before = head[..i].chars().last();
            matches!(before, Some('<' | ':'))
        })
    })
}

/// Reads field `name` (first descendant with that local name) with `read`; with its path.
fn get<T>(
    root: &Element,
    name: &str,
    read: impl FnOnce(&str) -> Option<T>,
) -> Option<(Field<T>, Name)> {
    let (path, el) = root.find(name)?;
    values::field(&el.text, path, read)
}

fn first_of<T>(
    root: &Element,
    names: &[&str],
    read: impl Fn(&str) -> Option<T>,
) -> Option<(Field<T>, Name)> {
    names.iter().find_map(|n| get(root, n, &read))
}

/// Field names of the line-item children, by kind of XML.
struct LineNames {
    line: &'static str,
    name: &'static str,
    tax_code: &'static str,
    quantity: &'static str,
    unit_price: &'static str,
    amount: &'static str,
    rate: &'static str,
    tax: &'static str,
}

const DIGITAL_LINES: LineNames = LineNames {
    line: "IssuItemInformation",
    name: "ItemName",
    tax_code: "TaxClassificationCode",
    quantity: "Quantity",
    unit_price: "UnPrice",
    amount: "Amount",
    rate: "TaxRate",
    tax: "ComTaxAm",
};

const OLDER_LINES: LineNames = LineNames {
    line: "GoodsInfo",
    name: "Item",
    tax_code: "TaxClassificationCode",
    quantity: "Quantity",
    unit_price: "Price",
    amount: "Amount",
    rate: "TaxScheme",
    tax: "TaxAmount",
};

fn lines(file: &str, root: &Element, names: &LineNames) -> Vec<LineItem> {
    let mut found = Vec::new();
    root.find_all(names.line, "", &mut found);
    found
        .into_iter()
        .enumerate()
        .map(|(i, (path, el))| {
            let path = format!("{path}[{}]", i + 1);
            let f = |n: &str| {
                el.children
                    .iter()
                    .find(|c| c.name == n)
                    .map(|c| (format!("{path}/{n}"), c.text.as_str()))
            };
            let read =
                |n: &str, r: fn(&str) -> Option<_>| f(n).and_then(|(p, t)| values::field(t, p, r));
            let mut c = Columns::default();
            LineItem {
                place: Place {
                    column: Some(path.as_str().into()),
                    ..Place::file(file)
                },
                name: c.keep(
                    LineField::Name,
                    f(names.name).and_then(|(p, t)| values::field(t, p, text)),
                ),
                tax_code: c.keep(
                    LineField::TaxCode,
                    f(names.tax_code).and_then(|(p, t)| values::field(t, p, digits)),
                ),
                quantity: c.keep(LineField::Quantity, read(names.quantity, money)),
                unit_price: c.keep(LineField::UnitPrice, read(names.unit_price, money)),
                amount: c.keep(LineField::Amount, read(names.amount, money)),
                rate: c.keep(
                    LineField::Rate,
                    f(names.rate).and_then(|(p, t)| values::field(t, p, tax_rate)),
                ),
                tax: c.keep(LineField::Tax, read(names.tax, money)),
                columns: c,
            }
        })
        .collect()
}

/// The invoice in a parsed tree; `None` when the root is neither invoice form.
pub fn invoice_from_tree(file: &str, part: &str, root: &Element) -> Option<Invoice> {
    let origin = Origin {
        place: Place {
            column: Some(part.into()),
            ..Place::file(file)
        },
        more_rows: Vec::new(),
    };
    let digital = match root.name.as_str() {
        "EInvoice" => true,
        "eInvoice" => false,
        _ => return None,
    };
    let mut c = Columns::default();
    let inv = if digital {
        let kind = get(root, "LabelCode", |t| match t.trim() {
            "01" => Some(InvoiceKind::DigitalSpecial),
            "02" => Some(InvoiceKind::DigitalOrdinary),
            _ => None,
        });
        Invoice {
            origin,
            number: c.keep(
                F::InvoiceNumber,
                first_of(root, &["EIid", "InvoiceNumber"], digits),
            ),
            issue_date: c.keep(
                F::IssueDate,
                first_of(root, &["IssueTime", "RequestTime"], values::date),
            ),
            seller_name: c.keep(F::SellerName, get(root, "SellerName", text)),
            seller_tax_id: c.keep(F::SellerTaxId, get(root, "SellerIdNum", tax_id)),
            buyer_name: c.keep(F::BuyerName, get(root, "BuyerName", text)),
            buyer_tax_id: c.keep(F::BuyerTaxId, get(root, "BuyerIdNum", tax_id)),
            amount: c.keep(F::Amount, get(root, "TotalAmWithoutTax", money)),
            tax: c.keep(F::Tax, get(root, "TotalTaxAm", money)),
            total: c.keep(F::Total, get(root, "TotalTax-includedAmount", money)),
            total_in_words: c.keep(
                F::TotalInWords,
                get(root, "TotalTax-includedAmountInChinese", text),
            ),
            kind: c.keep(F::InvoiceKind, kind),
            remark: c.keep(F::Remark, get(root, "Remark", text)),
            lines: lines(file, root, &DIGITAL_LINES),
            columns: c,
            ..Invoice::default()
        }
    } else {
        Invoice {
            origin,
            code: c.keep(F::InvoiceCode, get(root, "InvoiceCode", digits)),
            number: c.keep(F::InvoiceNumber, get(root, "InvoiceNo", digits)),
            issue_date: c.keep(F::IssueDate, get(root, "IssueDate", values::date)),
            seller_name: c.keep(F::SellerName, get(root, "SellerName", text)),
            seller_tax_id: c.keep(F::SellerTaxId, get(root, "SellerTaxID", tax_id)),
            buyer_name: c.keep(F::BuyerName, get(root, "BuyerName", text)),
            buyer_tax_id: c.keep(F::BuyerTaxId, get(root, "BuyerTaxID", tax_id)),
            amount: c.keep(F::Amount, get(root, "TaxExclusiveTotalAmount", money)),
            tax: c.keep(F::Tax, get(root, "TaxTotalAmount", money)),
            total: c.keep(F::Total, get(root, "TaxInclusiveTotalAmount", money)),
            kind: c.keep(
                F::InvoiceKind,
                get(root, "TypeCode", |t| super::qr::kind_of_type(t.trim())),
            ),
            check_code: c.keep(F::CheckCode, get(root, "InvoiceCheckCode", digits)),
            remark: c.keep(F::Remark, get(root, "Note", text)),
            lines: lines(file, root, &OLDER_LINES),
            columns: c,
            ..Invoice::default()
        }
    };
    Some(inv)
}

/// The QR payload in `GraphCode` (older e-invoices) as an invoice of its own, for the
/// cross-check; a payload that does not parse is a warning placed at the element.
pub fn graph_code(file: &str, root: &Element) -> Option<Result<Invoice, Diagnostic>> {
    let (path, el) = root.find("GraphCode")?;
    Some(match super::qr::parse_payload(&el.text) {
        Ok(payload) => {
            let mut inv = payload.to_invoice(file);
            inv.origin.place.column = Some(path.into());
            Ok(inv)
        }
        Err(e) => {
            let mut d = e.to_diagnostic(Place {
                column: Some(path.into()),
                ..Place::file(file)
            });
            d.severity = Severity::Warning;
            Err(d)
        }
    })
}

/// The XML's invoice, and the invoice in its `GraphCode` when that is a valid payload.
fn read_both(file: &str, bytes: &[u8]) -> Result<(Parsed, Option<Parsed>), Diagnostic> {
    let root = parse_tree(file, bytes)?;
    let inv = invoice_from_tree(file, file, &root).ok_or_else(|| {
        let name = root.name.clone();
        xml_error(
            file,
            "read.xml_not_invoice",
            format!("XML 文件“{file}”的根元素是 <{name}>，不是发票（应为 <EInvoice> 或 <eInvoice>）。"),
            format!("The XML file “{file}” has root <{name}>, not an invoice (expected <EInvoice> or <eInvoice>)."),
        )
    })?;
    let mut out = parsed(file, bytes, "xml", Some(file));
    out.info.rows = 1;
    out.invoices.push(inv);
    let qr = match graph_code(file, &root) {
        Some(Ok(qr)) => {
            let mut p = parsed(file, bytes, "qr", qr.origin.place.column.as_deref());
            p.info.rows = 1;
            p.invoices.push(qr);
            Some(p)
        }
        Some(Err(d)) => {
            out.diagnostics.push(d);
            None
        }
        None => None,
    };
    Ok((out, qr))
}

/// Reads an invoice XML file.
pub fn read(file: &str, bytes: &[u8]) -> Result<Parsed, Diagnostic> {
    read_both(file, bytes).map(|(xml, _)| xml)
}

/// Reads an invoice XML file and, for the single check, the QR payload in its `GraphCode`.
pub fn read_sources(file: &str, bytes: &[u8]) -> Result<Vec<Parsed>, Diagnostic> {
    read_both(file, bytes).map(|(xml, qr)| std::iter::once(xml).chain(qr).collect())
}
