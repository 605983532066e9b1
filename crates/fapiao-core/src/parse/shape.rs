//! Mapping columns without a header row, by the shape of their values: what people paste from
//! Excel, WPS or a web page is often just the cells.

use rust_decimal::Decimal;

use crate::model::FieldName as F;
use crate::parse::header::{Key, Mapping};
use crate::parse::table::Row;
use crate::parse::values::{clean_id, date, money, tax_rate};

/// The shape of one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Number20,
    Number8,
    Code,
    Date,
    TaxId,
    Rate,
    Money,
    Text,
}

fn shape(raw: &str) -> Option<Shape> {
    let t = clean_id(raw);
    if t.is_empty() {
        return None;
    }
    let digits = t.bytes().all(|b| b.is_ascii_digit());
    Some(match t.len() {
        20 if digits => Shape::Number20,
        8 if digits && date(&t).is_none() => Shape::Number8,
        10 | 12 if digits => Shape::Code,
        _ if t.ends_with('%') || t == "免税" || t == "不征税" => Shape::Rate,
        _ if date(raw).is_some() && !digits => Shape::Date,
        8 if digits => Shape::Date,
        15 | 17 | 18 | 20
            if t.bytes().all(|b| b.is_ascii_alphanumeric()) && (!digits || t.len() == 18) =>
        {
            Shape::TaxId
        }
        _ if money(raw).is_some() => Shape::Money,
        _ if tax_rate(raw).is_some() => Shape::Rate,
        _ => Shape::Text,
    })
}

/// Rows sampled to decide a column's shape.
const SAMPLE_ROWS: usize = 50;

/// Maps columns by the majority shape of their first values. Money columns that add up
/// (a + b = c on most rows) become amount, tax and total; a single money column is the total.
pub fn map_by_shape(rows: &[&Row]) -> Mapping {
    let sample: Vec<&Row> = rows.iter().copied().take(SAMPLE_ROWS).collect();
    let width = sample.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut shapes = Vec::with_capacity(width);
    for col in 0..width {
        let mut counts: Vec<(Shape, usize)> = Vec::new();
        for row in &sample {
            if let Some(s) = shape(row.cell(col)) {
                match counts.iter_mut().find(|(k, _)| *k == s) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((s, 1)),
                }
            }
        }
        shapes.push(counts.into_iter().max_by_key(|(_, n)| *n).map(|(s, _)| s));
    }
    let mut m = Mapping::default();
    let put = |m: &mut Mapping, key: Key, col: usize| {
        m.columns.entry(key).or_insert(col);
    };
    let first = |want: Shape| shapes.iter().position(|s| *s == Some(want));
    if let Some(c) = first(Shape::Number20).or_else(|| first(Shape::Number8)) {
        put(&mut m, Key::Field(F::InvoiceNumber), c);
    }
    if let Some(c) = first(Shape::Code) {
        put(&mut m, Key::Field(F::InvoiceCode), c);
    }
    if let Some(c) = first(Shape::Date) {
        put(&mut m, Key::Field(F::IssueDate), c);
    }
    if let Some(c) = first(Shape::Rate) {
        put(&mut m, Key::Field(F::TaxRate), c);
    }
    let tax_ids: Vec<usize> = (0..width)
        .filter(|&c| shapes[c] == Some(Shape::TaxId))
        .collect();
    let texts: Vec<usize> = (0..width)
        .filter(|&c| shapes[c] == Some(Shape::Text))
        .collect();
    for (field, col) in [
        (F::SellerTaxId, tax_ids.first()),
        (F::BuyerTaxId, tax_ids.get(1)),
    ] {
        if let Some(&c) = col {
            put(&mut m, Key::Field(field), c);
        }
    }
    for (field, col) in [(F::SellerName, texts.first()), (F::BuyerName, texts.get(1))] {
        if let Some(&c) = col {
            put(&mut m, Key::Field(field), c);
        }
    }
    let moneys: Vec<usize> = (0..width)
        .filter(|&c| shapes[c] == Some(Shape::Money))
        .collect();
    match adding_triple(&sample, &moneys) {
        Some((a, t, s)) => {
            put(&mut m, Key::Field(F::Amount), a);
            put(&mut m, Key::Field(F::Tax), t);
            put(&mut m, Key::Field(F::Total), s);
        }
        None => {
            if let Some(&c) = moneys.last() {
                put(&mut m, Key::Field(F::Total), c);
            }
        }
    }
    m
}

/// Money columns tried for an adding triple: the search is cubic in them, and a pasted invoice
/// table has half a dozen; a row of 121 number-like cells once took 5 s.
const MAX_TRIPLE_COLUMNS: usize = 24;

/// Three money columns where the first two add up to the third on most sampled rows. Each cell
/// is parsed once; only the first [`MAX_TRIPLE_COLUMNS`] money columns are tried.
fn adding_triple(rows: &[&Row], moneys: &[usize]) -> Option<(usize, usize, usize)> {
    let moneys = &moneys[..moneys.len().min(MAX_TRIPLE_COLUMNS)];
    let values: Vec<Vec<Option<Decimal>>> = rows
        .iter()
        .map(|r| moneys.iter().map(|&c| money(r.cell(c))).collect())
        .collect();
    let n = moneys.len();
    for a in 0..n {
        for t in 0..n {
            for s in 0..n {
                if a == t || a == s || t == s {
                    continue;
                }
                let adds = values
                    .iter()
                    .filter(|v| match (v[a], v[t], v[s]) {
                        (Some(x), Some(y), Some(z)) => x.checked_add(y) == Some(z),
                        _ => false,
                    })
                    .count();
                if adds * 2 > rows.len() && !rows.is_empty() {
                    return Some((moneys[a], moneys[t], moneys[s]));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_cells_map_by_shape() {
        let rows: Vec<Row> = [
            "24112000000012345678\t2024-11-05\t北京明远科技有限公司\t91110102YXN5PREKXR\t1000.00\t13%\t130.00\t1130.00",
            "24112000000012345679\t2024/11/06\t上海某某有限公司\t91310000MA1FL0000X\t200.00\t6%\t12.00\t212.00",
        ]
        .iter()
        .enumerate()
        .map(|(i, l)| Row {
            number: i as u32 + 1,
            cells: l.split('\t').map(str::to_string).collect(),
        })
        .collect();
        let refs: Vec<&Row> = rows.iter().collect();
        let m = map_by_shape(&refs);
        let col = |f| m.col(Key::Field(f));
        assert_eq!(col(F::InvoiceNumber), Some(0));
        assert_eq!(col(F::IssueDate), Some(1));
        assert_eq!(col(F::SellerName), Some(2));
        assert_eq!(col(F::SellerTaxId), Some(3));
        assert_eq!(col(F::Amount), Some(4));
        assert_eq!(col(F::TaxRate), Some(5));
        assert_eq!(col(F::Tax), Some(6));
        assert_eq!(col(F::Total), Some(7));
    }
}
