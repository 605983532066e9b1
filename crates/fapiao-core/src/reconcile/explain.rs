//! The message and the next step of each exception, in Chinese and English, values filled in.

use chrono::NaiveDate;

use crate::region;
use crate::report::{FieldDiff, RowRef};
use crate::text::Text;

/// Message and action of one exception.
pub(crate) struct Said {
    pub message: Text,
    pub action: Text,
}

fn said(mzh: String, men: String, azh: String, aen: String) -> Said {
    Said {
        message: Text::new(mzh, men),
        action: Text::new(azh, aen),
    }
}

/// The side's name in Chinese and English.
fn side(in_ledger: bool) -> (&'static str, &'static str) {
    if in_ledger {
        ("台账", "ledger")
    } else {
        ("平台导出", "export")
    }
}

fn row(r: &RowRef) -> String {
    r.row.map(|n| n.to_string()).unwrap_or_else(|| "?".into())
}

/// Why a ledger invoice is missing from the export.
pub(crate) enum Missing<'a> {
    OtherRegion {
        province: &'a str,
    },
    Recent {
        date: Option<NaiveDate>,
        sync_days: u32,
    },
    Unknown,
}

pub(crate) fn missing_in_export(l: &RowRef, why: Missing<'_>) -> Said {
    let (num, r) = (&l.invoice_number, row(l));
    let (mzh, men) = (
        format!("台账第 {r} 行的发票 {num} 不在平台导出中"),
        format!("The invoice {num} on ledger row {r} is not in the platform export"),
    );
    match why {
        Missing::OtherRegion { province } => {
            let name = region::province(province).unwrap_or("其他地区");
            let name_en = region::region_en(province).unwrap_or("another region");
            said(
                format!("{mzh}；号码显示它开具于{name}（{province}），导出中没有该地区的发票。"),
                format!("{men}; its number says it was issued in {name_en} (region {province}), a region the export does not cover."),
                "请询问销售方该发票是否在外省开具，并在全国增值税发票查验平台查验。".into(),
                "Ask the seller whether it was issued in another province and check it on the national check platform.".into(),
            )
        }
        Missing::Recent { date, sync_days } => {
            let d = date.map(|d| d.to_string()).unwrap_or_default();
            said(
                format!("{mzh}；开票日期 {d} 距核对日不足 {sync_days} 天或晚于导出的最后开票日期，平台可能尚未同步。"),
                format!("{men}; it was issued on {d}, within {sync_days} days of the as-of date or after the export's last issue date, so the platform may not have synced it yet."),
                format!("请等待 {sync_days} 天让平台同步，然后重新导出再核对。"),
                format!("Wait {sync_days} days for the platform to sync, then export again and reconcile."),
            )
        }
        Missing::Unknown => said(
            format!("{mzh}。"),
            format!("{men}."),
            "请对照发票原件核对号码，向销售方确认发票已开具，并在全国增值税发票查验平台查验。".into(),
            "Check the number against the invoice, ask the seller whether it was issued, and check it on the national check platform.".into(),
        ),
    }
}

pub(crate) fn missing_in_ledger(e: &RowRef, voided_as: Option<&str>) -> Said {
    let (num, r) = (&e.invoice_number, row(e));
    match voided_as {
        Some(status) => said(
            format!("平台导出第 {r} 行的发票 {num} 不在台账中，平台状态为“{status}”。"),
            format!("The invoice {num} on export row {r} is not in the ledger; the platform marks it “{status}”."),
            "作废或红冲的发票无需入账；如已入账，请冲销。".into(),
            "A voided or reversed invoice needs no ledger entry; if it was booked, reverse the entry.".into(),
        ),
        None => said(
            format!("平台导出第 {r} 行的发票 {num} 不在台账中。"),
            format!("The invoice {num} on export row {r} is not in the ledger."),
            "请找到发票原件登记入台账；如不属于本单位，请联系销售方。".into(),
            "Find the invoice and enter it in the ledger; if it is not yours, contact the seller.".into(),
        ),
    }
}

pub(crate) fn typo(l: &RowRef, e: &RowRef) -> Said {
    let (ln, en, lr, er) = (&l.invoice_number, &e.invoice_number, row(l), row(e));
    said(
        format!("台账第 {lr} 行的号码 {ln} 与平台导出第 {er} 行的号码 {en} 只差一位或相邻两位颠倒，开票日期和价税合计相同。"),
        format!("The number {ln} on ledger row {lr} differs from {en} on export row {er} by one digit or two swapped digits; date and total agree."),
        format!("请把台账的号码更正为 {en}。"),
        format!("Correct the ledger's number to {en}."),
    )
}

pub(crate) fn changed(l: &RowRef, e: &RowRef, fields: &[FieldDiff]) -> Said {
    let num = &e.invoice_number;
    let zh: Vec<String> = fields
        .iter()
        .map(|f| {
            format!(
                "{}：台账“{}”，平台“{}”",
                f.field.label().zh,
                f.ledger,
                f.export
            )
        })
        .collect();
    let en: Vec<String> = fields
        .iter()
        .map(|f| {
            format!(
                "{}: ledger “{}”, platform “{}”",
                f.field.label().en,
                f.ledger,
                f.export
            )
        })
        .collect();
    said(
        format!("发票 {num}（台账第 {} 行，导出第 {} 行）信息不一致：{}。", row(l), row(e), zh.join("；")),
        format!("The invoice {num} (ledger row {}, export row {}) differs: {}.", row(l), row(e), en.join("; ")),
        "请对照发票原件更正台账；如原件与平台不符，请联系销售方。".into(),
        "Correct the ledger from the invoice itself; if the invoice disagrees with the platform, contact the seller.".into(),
    )
}

pub(crate) fn status(e: &RowRef, status_raw: &str) -> Said {
    let (num, r) = (&e.invoice_number, row(e));
    said(
        format!("发票 {num} 在台账和平台中都有，但平台导出第 {r} 行的状态为“{status_raw}”。"),
        format!("The invoice {num} is in both files, but export row {r} marks it “{status_raw}”."),
        "作废或红冲的发票不能作为有效凭证：请与销售方确认，并在台账中冲销或换开。".into(),
        "A voided or reversed invoice is not valid: confirm with the seller, then reverse the ledger entry or get a new invoice.".into(),
    )
}

pub(crate) fn duplicate(at: &RowRef, first: &RowRef, in_ledger: bool) -> Said {
    let num = &at.invoice_number;
    let (szh, sen) = side(in_ledger);
    let (azh, aen) = if in_ledger {
        (
            "请删除台账中重复的一行。",
            "Delete the repeated row from the ledger.",
        )
    } else {
        (
            "请检查导出条件是否重复，必要时重新导出。",
            "Check the export's query for overlaps and export again if needed.",
        )
    };
    said(
        format!(
            "发票 {num} 在{szh}中出现多次：第 {} 行重复了第 {} 行。",
            row(at),
            row(first)
        ),
        format!(
            "The invoice {num} appears more than once in the {sen}: row {} repeats row {}.",
            row(at),
            row(first)
        ),
        azh.into(),
        aen.into(),
    )
}

pub(crate) fn invalid(
    at: &RowRef,
    rules: &[String],
    paired: Option<&RowRef>,
    in_ledger: bool,
) -> Said {
    let (raw, r, rules) = (&at.invoice_number, row(at), rules.join(", "));
    let (szh, sen) = side(in_ledger);
    let head_zh = format!("{szh}第 {r} 行的号码“{raw}”无法使用（{rules}）");
    let head_en = format!("The number “{raw}” on {sen} row {r} cannot be used ({rules})");
    match paired {
        Some(e) => said(
            format!("{head_zh}；按销方税号、开票日期和价税合计，它对应平台导出第 {} 行的发票 {}。", row(e), e.invoice_number),
            format!("{head_en}; by seller tax ID, date and total it is the invoice {} on export row {}.", e.invoice_number, row(e)),
            format!("请把号码列设为文本格式，并把号码改为 {}。", e.invoice_number),
            format!("Format the number column as text and enter the number {}.", e.invoice_number),
        ),
        None => said(
            format!("{head_zh}。"),
            format!("{head_en}."),
            "请把号码列设为文本格式，按发票原件重新填写号码。".into(),
            "Format the number column as text and enter the number again from the invoice.".into(),
        ),
    }
}
