//! The rules reference: every rule id with its severity, what it checks, what to do, and the
//! fields it needs. `fapiao-check rules` prints it; the app shows it.

use serde::Serialize;

use crate::diag::Severity;
use crate::model::FieldName;

/// A fixed text in Chinese and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StaticText {
    /// Simplified Chinese.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

/// One rule's entry in the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// Stable id, never renamed or reused.
    pub id: &'static str,
    /// The severities its findings can have, most serious first.
    pub severities: &'static [Severity],
    /// A short name.
    pub title: StaticText,
    /// What it checks, and the conventions it accepts.
    pub checks: StaticText,
    /// What the user does about a finding.
    pub action: StaticText,
    /// Fields it needs: each inner list needs one of its fields present in the input.
    pub needs: &'static [&'static [FieldName]],
}

impl StaticText {
    /// The text in `lang`.
    pub fn get(self, lang: crate::text::Lang) -> &'static str {
        match lang {
            crate::text::Lang::Zh => self.zh,
            crate::text::Lang::En => self.en,
        }
    }
}

/// A rule's short name (`价税合计不等于金额加税额`), if the reference lists the id.
pub fn title(id: &str) -> Option<StaticText> {
    rule(id).map(|r| r.title)
}

const fn t(zh: &'static str, en: &'static str) -> StaticText {
    StaticText { zh, en }
}

use FieldName as F;
use Severity::{Error as E, Info as I, Warning as W};

/// Every rule, by family.
pub const REFERENCE: &[RuleInfo] = &[
    RuleInfo {
        id: "invoice_number.format",
        severities: &[E, W],
        title: t("发票号码格式", "Invoice number format"),
        checks: t(
            "发票号码须为 8 位数字（配 10 或 12 位发票代码）或 20 位数字（数电发票，无代码），不含字母，不为 00000000。",
            "The number is 8 digits (with a 10- or 12-digit code) or 20 digits (数电, no code); no letters; not 00000000.",
        ),
        action: t(
            "对照发票原件重新录入发票号码。",
            "Retype the number from the invoice.",
        ),
        needs: &[&[F::InvoiceNumber]],
    },
    RuleInfo {
        id: "invoice_number.excel_damaged",
        severities: &[E],
        title: t("号码被表格软件损坏", "Number damaged by a spreadsheet"),
        checks: t(
            "科学计数法（2.41123E+19）、15 位有效数字后被置零的尾部、“.0”后缀、丢失的前导零（11 位代码原为 0 开头的 12 位）、保留在值中的文本标记（'）。",
            "Scientific notation (2.41123E+19), a tail zeroed after 15 significant digits, a “.0” suffix, a lost leading zero (an 11-digit code that was 12 digits starting with 0), a text marker (') kept in the value.",
        ),
        action: t(
            "将号码列设为“文本”格式后重新导出台账，或从发票原件重新录入。",
            "Re-export the ledger with the number column formatted as text, or retype it from the invoice.",
        ),
        needs: &[&[F::InvoiceNumber, F::InvoiceCode]],
    },
    RuleInfo {
        id: "invoice_number.region",
        severities: &[W, I],
        title: t("号码中的年份与地区", "Year and region in the number"),
        checks: t(
            "从 20 位号码（第 1–2 位年份，第 3–4 位省份）或发票代码（12 位第 2–5 位、10 位第 1–4 位地区）解码年份与地区；年份晚于核对日期、早于 2010 年（数电号码早于 2021 年试点）或地区未知时警告；号码年份与开票日期年份不同时提示。",
            "Decodes year and region from a 20-digit number (digits 1–2 year, 3–4 province) or a code (12-digit: region in 2–5; 10-digit: 1–4); warns when the year is after the as-of date, before 2010 (before the 2021 数电 pilots for 20-digit numbers) or the region is unknown; notes a year that differs from the issue date.",
        ),
        action: t(
            "核对号码与开票日期是否抄录正确。",
            "Check that the number and the issue date were copied correctly.",
        ),
        needs: &[&[F::InvoiceNumber, F::InvoiceCode]],
    },
    RuleInfo {
        id: "invoice_code.format",
        severities: &[E, W],
        title: t("发票代码格式", "Invoice code format"),
        checks: t(
            "发票代码须为 10 或 12 位数字，地区代码有效，且能推出发票种类。",
            "The code is 10 or 12 digits, its region is known and the invoice type can be derived from it.",
        ),
        action: t(
            "对照发票原件重新录入发票代码。",
            "Retype the code from the invoice.",
        ),
        needs: &[&[F::InvoiceCode]],
    },
    RuleInfo {
        id: "tax_id.format",
        severities: &[E, I],
        title: t("纳税人识别号格式", "Tax id format"),
        checks: t(
            "识别 18 位统一社会信用代码、旧版 15/17/20 位税号和 18 位身份证号；旧版与身份证号仅提示，其他形式为错误。",
            "Classifies 18-character unified social credit codes, legacy 15/17/20-character ids and 18-digit identity numbers; legacy ids and identity numbers are noted, anything else is an error.",
        ),
        action: t(
            "对照发票的销售方/购买方信息栏重新录入税号。",
            "Retype the tax id from the invoice's 销售方/购买方 block.",
        ),
        needs: &[&[F::SellerTaxId, F::BuyerTaxId]],
    },
    RuleInfo {
        id: "tax_id.checksum",
        severities: &[W],
        title: t("统一社会信用代码校验位", "Credit code check character"),
        checks: t(
            "按 GB 32100 计算第 18 位校验字符；早期试点代码（如厦门 91350211M0000XUF46）合法但不符合校验，故为警告。",
            "Computes the GB 32100 check character; some early pilot codes (such as Xiamen's 91350211M0000XUF46) are legal yet fail it, hence a warning.",
        ),
        action: t(
            "对照发票的销售方信息栏重新录入税号；若确为早期代码可忽略。",
            "Retype the tax id from the invoice's 销售方 block; ignore if it is a known early code.",
        ),
        needs: &[&[F::SellerTaxId, F::BuyerTaxId]],
    },
    RuleInfo {
        id: "date.format",
        severities: &[E],
        title: t("开票日期无法识别", "Unreadable issue date"),
        checks: t("开票日期无法解析为日期。", "The issue date cannot be read as a date."),
        action: t(
            "以 YYYY-MM-DD 格式填写开票日期。",
            "Write the issue date as YYYY-MM-DD.",
        ),
        needs: &[&[F::IssueDate]],
    },
    RuleInfo {
        id: "date.future",
        severities: &[E],
        title: t("开票日期晚于核对日期", "Issue date after the as-of date"),
        checks: t(
            "开票日期晚于核对日期。",
            "The issue date is after the as-of date.",
        ),
        action: t(
            "核对开票日期，或用 --as-of 指定正确的核对日期。",
            "Check the issue date, or give the right date with --as-of.",
        ),
        needs: &[&[F::IssueDate]],
    },
    RuleInfo {
        id: "date.too_old",
        severities: &[W],
        title: t("发票超过 5 年", "Invoice older than 5 years"),
        checks: t(
            "开票日期早于核对日期 5 年以上；查验平台只能查验 5 年内的发票。",
            "The issue date is more than 5 years before the as-of date; the check platform only checks invoices up to 5 years old.",
        ),
        action: t(
            "核对开票日期；过旧的发票无法在平台查验。",
            "Check the issue date; the platform cannot check invoices that old.",
        ),
        needs: &[&[F::IssueDate]],
    },
    RuleInfo {
        id: "amount.total",
        severities: &[E],
        title: t("价税合计不等于金额加税额", "Total is not amount plus tax"),
        checks: t(
            "价税合计须精确（到分）等于金额 + 税额。",
            "The total must equal amount + tax exactly, to the cent.",
        ),
        action: t(
            "对照发票原件核对金额、税额与价税合计。",
            "Check amount, tax and total against the invoice.",
        ),
        needs: &[&[F::Amount], &[F::Tax], &[F::Total]],
    },
    RuleInfo {
        id: "tax.calc",
        severities: &[E, W],
        title: t("税额与金额×税率不符", "Tax differs from amount × rate"),
        checks: t(
            "每行 |金额×税率−税额| ≤ 0.06；多行发票累计 ≤ 1.27（开票软件规范）。无明细行的台账行：超过 1.27 为错误，0.06–1.27 之间为警告（可能是多行发票）。免税/不征税的税额须为 0 或 ***。",
            "Per line |amount × rate − tax| ≤ 0.06; over a multi-line invoice ≤ 1.27 (invoicing-software specification). A ledger row without lines: above 1.27 is an error, between 0.06 and 1.27 a warning (it may be a multi-line invoice). Exempt or non-taxable tax must be 0 or ***.",
        ),
        action: t(
            "对照发票原件核对金额、税率与税额。",
            "Check amount, rate and tax against the invoice.",
        ),
        needs: &[&[F::Amount], &[F::Tax], &[F::TaxRate]],
    },
    RuleInfo {
        id: "tax.rate_invalid",
        severities: &[E],
        title: t("税率无效", "Invalid tax rate"),
        checks: t(
            "有效税率/征收率：0、0.5%（二手车经销）、1%、1.5%、3%、5%、6%、9%、10%、11%、13%、16%、17%、免税、不征税。",
            "Valid rates: 0, 0.5% (used-car dealers), 1%, 1.5%, 3%, 5%, 6%, 9%, 10%, 11%, 13%, 16%, 17%, 免税 (exempt), 不征税 (not taxable).",
        ),
        action: t(
            "对照发票原件重新录入税率。",
            "Retype the rate from the invoice.",
        ),
        needs: &[&[F::TaxRate]],
    },
    RuleInfo {
        id: "tax.rate_date",
        severities: &[W],
        title: t("税率在开票日期未施行", "Rate not in force on the issue date"),
        checks: t(
            "17%/11% 止于 2018-04-30，16%/10% 施行于 2018-05-01 至 2019-03-31，13%/9% 自 2019-04-01（13% 在 2017-07-01 前亦有效）；1% 征收率至 2027-12-31；红字发票除外。",
            "17%/11% end on 2018-04-30, 16%/10% apply 2018-05-01 to 2019-03-31, 13%/9% from 2019-04-01 (13% also before 2017-07-01); the 1% levy rate until 2027-12-31; red invoices are exempt.",
        ),
        action: t(
            "核对税率与开票日期；若为补开或红字发票可忽略。",
            "Check the rate and the issue date; ignore for a supplementary or red invoice.",
        ),
        needs: &[&[F::TaxRate], &[F::IssueDate]],
    },
    RuleInfo {
        id: "amount_in_words.mismatch",
        severities: &[E],
        title: t("大写金额与小写不符", "Amount in words differs from the total"),
        checks: t(
            "将大写金额换算为分后与价税合计比较；圆/元、整/正均可，零可省略。",
            "Converts the words to cents and compares with the total; 圆 or 元, 整 or 正, and an omitted 零 are all accepted.",
        ),
        action: t(
            "请销售方重开发票，或对照原件更正录入。",
            "Ask the seller to reissue, or correct the typing from the invoice.",
        ),
        needs: &[&[F::TotalInWords], &[F::Total]],
    },
    RuleInfo {
        id: "duplicate.key",
        severities: &[E],
        title: t("重复发票", "Duplicate invoice"),
        checks: t(
            "同一文件中相同的发票代码+号码（或 20 位号码）出现多次；按明细行导出的同一发票各行不算重复。",
            "The same code + number (or 20-digit number) appears more than once in one file; lines of one invoice in a per-line export are not duplicates.",
        ),
        action: t(
            "删除重复行，或核对号码是否抄错。",
            "Delete the repeated row, or check whether a number was mistyped.",
        ),
        needs: &[&[F::InvoiceNumber]],
    },
    RuleInfo {
        id: "buyer.tax_id_mismatch",
        severities: &[E],
        title: t("购买方不是本单位", "Buyer is not you"),
        checks: t(
            "给出本单位税号时：取得的发票购买方税号（开具的发票销售方税号）须与之相同。",
            "With your tax id given: a received invoice's buyer tax id (an issued invoice's seller tax id) must be yours.",
        ),
        action: t(
            "请销售方按本单位信息重开发票。",
            "Ask the seller to reissue the invoice to your company.",
        ),
        needs: &[&[F::BuyerTaxId, F::SellerTaxId]],
    },
    RuleInfo {
        id: "check_code.format",
        severities: &[E],
        title: t("校验码格式", "Check code format"),
        checks: t(
            "校验码须为 20 位数字（可含空格）；查验平台需要其后 6 位。",
            "The check code is 20 digits (spaces allowed); the check platform asks for its last 6.",
        ),
        action: t(
            "对照发票右上角重新录入校验码。",
            "Retype the check code from the invoice's top right corner.",
        ),
        needs: &[&[F::CheckCode]],
    },
    RuleInfo {
        id: "qr.format",
        severities: &[E],
        title: t("二维码内容不符", "QR payload fields"),
        checks: t(
            "仅用于二维码输入：票种代码可识别，号码为 8 位（带代码）或 20 位（数电，无代码），日期与金额可读。",
            "QR inputs only: the type code is known, the number is 8 digits (with a code) or 20 digits (数电, no code), date and amount are readable.",
        ),
        action: t(
            "重新扫描发票二维码，或改为手工录入。",
            "Scan the invoice's QR code again, or type the fields by hand.",
        ),
        needs: &[],
    },
    RuleInfo {
        id: "field.missing",
        severities: &[E, W],
        title: t("必填字段为空", "Required field empty"),
        checks: t(
            "发票号码、开票日期、价税合计、销方税号不可为空；专票的购方税号不可为空。整列缺失时给出一条文件级警告。",
            "Number, issue date, total and seller tax id must not be empty; nor the buyer tax id on a 专票. A whole missing column gives one file-level warning.",
        ),
        action: t(
            "补全该字段，或用 --map 指定对应的列。",
            "Fill the field in, or name its column with --map.",
        ),
        needs: &[],
    },
    RuleInfo {
        id: "item.tax_code",
        severities: &[W],
        title: t("税收分类编码格式", "Tax classification code format"),
        checks: t(
            "税收分类编码须为 19 位数字。",
            "The tax classification code is 19 digits.",
        ),
        action: t(
            "对照发票明细核对税收分类编码。",
            "Check the classification code against the invoice lines.",
        ),
        needs: &[&[F::TaxCode]],
    },
    RuleInfo {
        id: "status.voided",
        severities: &[W],
        title: t("发票已作废", "Voided invoice"),
        checks: t(
            "发票状态为作废/已作废：不能用于入账或抵扣。",
            "The status is 作废 (voided): the invoice cannot be booked or deducted.",
        ),
        action: t(
            "从台账中移除，或请销售方重开。",
            "Remove it from the ledger, or ask the seller to reissue.",
        ),
        needs: &[&[F::Status]],
    },
    RuleInfo {
        id: "status.red",
        severities: &[W, I],
        title: t("红冲或红字发票", "Reversed or red invoice"),
        checks: t(
            "已红冲（全额/部分）为警告；红字（负数）发票为提示。",
            "A reversed invoice (fully or partly) is a warning; a red (negative) invoice is noted.",
        ),
        action: t(
            "核对对应的蓝字发票与红字发票是否均已入账。",
            "Check that both the original and the red invoice are booked.",
        ),
        needs: &[&[F::Status, F::Total, F::Amount]],
    },
    RuleInfo {
        id: "status.abnormal",
        severities: &[W],
        title: t("失控或异常发票", "Flagged invoice"),
        checks: t(
            "发票状态为失控或异常（税务系统标记）：不能用于抵扣。",
            "The status is 失控 or 异常 (flagged by the tax system): it cannot be deducted.",
        ),
        action: t(
            "暂缓入账抵扣，并联系销售方或主管税务机关核实。",
            "Hold off booking and deducting it; check with the seller or the tax office.",
        ),
        needs: &[&[F::Status]],
    },
];

/// The reference entry of a rule id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    REFERENCE.iter().find(|r| r.id == id)
}
