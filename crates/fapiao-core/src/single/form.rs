//! Manual entry (手工录入): the fields a user typed for one invoice, checked as they type.
//!
//! [`check`] is a pure function from a [`ManualForm`] to per-field messages: it turns the form
//! into an [`Invoice`] with the same value readers as every file ([`crate::parse::values`]),
//! runs the validation rules on it ([`crate::rules::check_invoice`]), and adds what only a form
//! knows: which fields the chosen invoice type needs, and whether the number and code fit that
//! type. The app shows the messages next to the fields; [`ManualForm::to_parsed`] is the
//! source [`super::check`] turns into the result card.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::kind;
use super::platform::EntryForm;
use crate::diag::Severity;
use crate::model::{FieldName, Invoice, InvoiceKind, Raw};
use crate::parse::{document, values, Parsed};
use crate::rules::{self, Context, Direction};
use crate::text::Text;

/// The invoice types the form offers, each with its own set of fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormKind {
    /// 数电专票: 20-digit number, date, total.
    DigitalSpecial,
    /// 数电普票: 20-digit number, date, total.
    #[default]
    DigitalOrdinary,
    /// 增值税专用发票 (paper or electronic): code, number, date, amount excluding tax.
    Special,
    /// 增值税普通发票 / 电子普票: code, number, date, check code.
    Ordinary,
}

/// Whether the platform needs a field of the form, or it is only checked when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// The platform asks for it.
    Required,
    /// Checked when given.
    Optional,
}

const PARTIES: [FieldName; 4] = [
    FieldName::SellerName,
    FieldName::SellerTaxId,
    FieldName::BuyerName,
    FieldName::BuyerTaxId,
];

impl FormKind {
    /// Every type, in the order the form lists them.
    pub const ALL: [FormKind; 4] = [
        FormKind::DigitalSpecial,
        FormKind::DigitalOrdinary,
        FormKind::Special,
        FormKind::Ordinary,
    ];

    /// The type's stable id (`digital_special`), for the form's `<select>`.
    pub fn id(self) -> &'static str {
        match self {
            FormKind::DigitalSpecial => "digital_special",
            FormKind::DigitalOrdinary => "digital_ordinary",
            FormKind::Special => "special",
            FormKind::Ordinary => "ordinary",
        }
    }

    /// The type with this id.
    pub fn from_id(id: &str) -> Option<FormKind> {
        FormKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The type's name, in Chinese and English.
    pub fn label(self) -> Text {
        match self {
            FormKind::DigitalSpecial => Text::new(
                "数电专票（电子发票（增值税专用发票））",
                "数电 special invoice (digital VAT special)",
            ),
            FormKind::DigitalOrdinary => Text::new(
                "数电普票（电子发票（普通发票））",
                "数电 ordinary invoice (digital ordinary)",
            ),
            FormKind::Special => Text::new(
                "增值税专用发票（纸质或电子）",
                "VAT special invoice (paper or electronic)",
            ),
            FormKind::Ordinary => Text::new(
                "增值税普通发票 / 电子普票",
                "VAT ordinary invoice (paper or electronic)",
            ),
        }
    }

    /// The platform's form for this type.
    pub fn entry_form(self) -> EntryForm {
        match self {
            FormKind::DigitalSpecial | FormKind::DigitalOrdinary => EntryForm::Digital,
            FormKind::Special => EntryForm::Special,
            FormKind::Ordinary => EntryForm::Ordinary,
        }
    }

    /// The fields this type's form shows, in order, with whether the platform needs them.
    pub fn fields(self) -> Vec<(FieldName, Need)> {
        use FieldName::*;
        use Need::*;
        let mut v = match self.entry_form() {
            EntryForm::Digital => vec![
                (InvoiceNumber, Required),
                (IssueDate, Required),
                (Total, Required),
                (Amount, Optional),
                (Tax, Optional),
            ],
            EntryForm::Special => vec![
                (InvoiceCode, Required),
                (InvoiceNumber, Required),
                (IssueDate, Required),
                (Amount, Required),
                (Tax, Optional),
                (Total, Optional),
            ],
            EntryForm::Ordinary => vec![
                (InvoiceCode, Required),
                (InvoiceNumber, Required),
                (IssueDate, Required),
                (CheckCode, Required),
                (Amount, Optional),
                (Tax, Optional),
                (Total, Optional),
            ],
        };
        v.push((TaxRate, Optional));
        v.extend(PARTIES.map(|f| (f, Optional)));
        v
    }

    /// The invoice kind this type stands for; a valid code may name it more exactly.
    fn invoice_kind(self, code: Option<&str>) -> InvoiceKind {
        let from_code =
            kind::from_code(code, None).filter(|k| EntryForm::of(*k) == Some(self.entry_form()));
        match self {
            FormKind::DigitalSpecial => InvoiceKind::DigitalSpecial,
            FormKind::DigitalOrdinary => InvoiceKind::DigitalOrdinary,
            FormKind::Special => from_code.unwrap_or(InvoiceKind::Special),
            FormKind::Ordinary => from_code.unwrap_or(InvoiceKind::Ordinary),
        }
    }
}

/// What the user typed: the chosen type and the text of each field. Fields the type does not
/// show are kept (switching the type back brings them back) but not checked or used.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ManualForm {
    /// The chosen invoice type.
    pub kind: FormKind,
    /// The text typed into each field.
    pub values: BTreeMap<FieldName, String>,
}

/// One message about one field of the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormMessage {
    /// The field it is about.
    pub field: FieldName,
    /// The rule id (`tax_id.checksum`) or a form check (`form.required`, `form.number_length`,
    /// `form.code_kind`, `form.amount_format`).
    pub id: String,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong.
    pub message: Text,
    /// What to do about it.
    pub action: Text,
}

/// The name manual entry gives its source.
pub const SOURCE_NAME: &str = "手工录入";

impl ManualForm {
    /// The trimmed text of a field the chosen type shows; `None` when blank or not shown.
    pub fn shown(&self, field: FieldName) -> Option<&str> {
        if !self.kind.fields().iter().any(|(f, _)| *f == field) {
            return None;
        }
        let t = self.values.get(&field)?.trim();
        (!t.is_empty()).then_some(t)
    }

    /// The form as one invoice, each field read like a file's cell (the label as its column).
    pub fn to_invoice(&self) -> Invoice {
        let get = |f: FieldName| self.shown(f).unwrap_or("");
        let label = |f: FieldName| f.label().zh;
        let read = |f: FieldName, r: fn(&str) -> Option<Raw>| {
            values::field(get(f), label(f), r).map(|(field, _)| field)
        };
        let id = |f: FieldName| read(f, values::digits);
        let text = |f: FieldName| read(f, values::text);
        let tax_id = |f: FieldName| read(f, values::tax_id);
        let money = |f: FieldName| values::field(get(f), label(f), values::money).map(|(v, _)| v);
        let code = id(FieldName::InvoiceCode);
        let kind = self
            .kind
            .invoice_kind(code.as_ref().and_then(|c| c.value.as_deref()));
        let mut inv = Invoice {
            code,
            number: id(FieldName::InvoiceNumber),
            issue_date: values::field(
                get(FieldName::IssueDate),
                label(FieldName::IssueDate),
                values::date,
            )
            .map(|(v, _)| v),
            seller_name: text(FieldName::SellerName),
            seller_tax_id: tax_id(FieldName::SellerTaxId),
            buyer_name: text(FieldName::BuyerName),
            buyer_tax_id: tax_id(FieldName::BuyerTaxId),
            amount: money(FieldName::Amount),
            tax: money(FieldName::Tax),
            total: money(FieldName::Total),
            rate: values::field(
                get(FieldName::TaxRate),
                label(FieldName::TaxRate),
                values::tax_rate,
            )
            .map(|(v, _)| v),
            kind: Some(crate::model::Field::parsed(kind, self.kind.label().zh)),
            check_code: id(FieldName::CheckCode),
            ..Invoice::default()
        };
        // A typed field's column is its label (the type chosen has none).
        for name in FieldName::ALL {
            if name != FieldName::InvoiceKind && inv.raw(name).is_some() {
                inv.columns.set(name, Some(label(name).into()));
            }
        }
        inv.origin.place.file = SOURCE_NAME.into();
        inv
    }

    /// The form as a source for [`super::check`] and the validation rules.
    pub fn to_parsed(&self) -> Parsed {
        let mut p = document::parsed(SOURCE_NAME, b"", "manual", None);
        p.invoices.push(self.to_invoice());
        p
    }
}

fn message(
    field: FieldName,
    id: &str,
    severity: Severity,
    message: Text,
    action: Text,
) -> FormMessage {
    FormMessage {
        field,
        id: id.into(),
        severity,
        message,
        action,
    }
}

fn retype(label: &Text) -> Text {
    Text::new(
        format!("对照发票重新填写{}。", label.zh),
        format!("Retype the {} from the invoice.", label.en.to_lowercase()),
    )
}

/// The messages for the form's fields as of `today`, most serious first within each field.
/// Required fields left blank get a `form.required` warning; the app may hold those back until
/// the user asks for the check.
pub fn check(form: &ManualForm, today: NaiveDate) -> Vec<FormMessage> {
    let ctx = Context {
        as_of: today,
        my_tax_id: None,
        direction: Direction::Received,
    };
    let fields = form.kind.fields();
    let needs_code = fields.iter().any(|(f, _)| *f == FieldName::InvoiceCode);
    let code = form.shown(FieldName::InvoiceCode);
    let number = form.shown(FieldName::InvoiceNumber);
    let check_code = form.shown(FieldName::CheckCode);
    let number_length = number.and_then(|n| number_message(form.kind, n));
    // `form.number_length` says more than the rule's "8 or 20 digits", and a missing code's own
    // field says it is missing.
    let said_better = |f: &rules::Finding| {
        f.rule == "invoice_number.format"
            && (number_length.is_some()
                || (f.severity == Severity::Warning && needs_code && code.is_none()))
    };
    let mut out: Vec<FormMessage> = rules::check_invoice(&form.to_invoice(), &ctx)
        .into_iter()
        .filter(|f| !said_better(f))
        // The platform asks for the last 6 digits of the check code: 6 are enough.
        .filter(|f| !(f.rule == "check_code.format" && is_digits(check_code, 6)))
        .filter_map(|f| {
            let field = FieldName::from_id(f.field.as_deref()?)?;
            Some(message(field, &f.rule, f.severity, f.message, f.action))
        })
        .collect();
    let reported = |out: &[FormMessage], field: FieldName| out.iter().any(|m| m.field == field);
    for (field, need) in &fields {
        let Some(raw) = form.shown(*field) else {
            if *need == Need::Required {
                let label = field.label();
                out.push(message(
                    *field,
                    "form.required",
                    Severity::Warning,
                    Text::new(
                        format!("查验平台需要“{}”。", label.zh),
                        format!(
                            "The check platform asks for the {}.",
                            label.en.to_lowercase()
                        ),
                    ),
                    Text::new(
                        format!("从发票上抄录{}。", label.zh),
                        format!("Copy the {} from the invoice.", label.en.to_lowercase()),
                    ),
                ));
            }
            continue;
        };
        let is_money = matches!(field, FieldName::Amount | FieldName::Tax | FieldName::Total);
        if is_money && !reported(&out, *field) {
            if let Some(m) = money_message(*field, raw) {
                out.push(m);
            }
        }
    }
    out.extend(number_length);
    if let Some(c) = code.filter(|_| !reported(&out, FieldName::InvoiceCode)) {
        out.extend(code_message(form.kind, c));
    }
    out.sort_by_key(|m| {
        let order = fields
            .iter()
            .position(|(f, _)| *f == m.field)
            .unwrap_or(usize::MAX);
        (order, std::cmp::Reverse(m.severity))
    });
    out
}

fn is_digits(s: Option<&str>, len: usize) -> bool {
    s.is_some_and(|s| s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
}

fn money_message(field: FieldName, raw: &str) -> Option<FormMessage> {
    let label = field.label();
    let (zh, en) = match values::money(raw) {
        None if !values::is_masked(raw) => (
            format!("{}“{raw}”不是金额（应如 1130.00）。", label.zh),
            format!(
                "The {} “{raw}” is not an amount (write it like 1130.00).",
                label.en.to_lowercase()
            ),
        ),
        Some(v) if v.scale() > 2 && v.normalize().scale() > 2 => (
            format!("{}“{raw}”超过两位小数（到分为止）。", label.zh),
            format!(
                "The {} “{raw}” has more than two decimals (amounts stop at the fen).",
                label.en.to_lowercase()
            ),
        ),
        _ => return None,
    };
    Some(message(
        field,
        "form.amount_format",
        Severity::Error,
        Text::new(zh, en),
        retype(&label),
    ))
}

fn number_message(kind: FormKind, number: &str) -> Option<FormMessage> {
    let digits = values::digits(number)?;
    let want = if kind.entry_form() == EntryForm::Digital {
        20
    } else {
        8
    };
    if digits.len() == want {
        return None;
    }
    let (zh, en, action) = if want == 20 {
        (
            format!("数电发票号码应为 20 位，现为 {} 位。", digits.len()),
            format!(
                "A 数电 invoice number has 20 digits; this has {}.",
                digits.len()
            ),
            Text::new(
                "核对号码；若发票印有发票代码，请改选发票类型。",
                "Check the number; if the invoice has an invoice code, choose another type.",
            ),
        )
    } else {
        (
            format!("此类发票的号码应为 8 位，现为 {} 位。", digits.len()),
            format!(
                "This type's invoice number has 8 digits; this has {}.",
                digits.len()
            ),
            Text::new(
                "核对号码；若为数电发票，请改选数电类型。",
                "Check the number; if it is a 数电 invoice, choose a 数电 type.",
            ),
        )
    };
    Some(message(
        FieldName::InvoiceNumber,
        "form.number_length",
        Severity::Error,
        Text::new(zh, en),
        action,
    ))
}

fn code_message(kind: FormKind, code: &str) -> Option<FormMessage> {
    let found = kind::from_code(Some(&values::digits(code)?), None)?;
    let form = EntryForm::of(found)?;
    if form == kind.entry_form() {
        return None;
    }
    let named = kind::label(found);
    Some(message(
        FieldName::InvoiceCode,
        "form.code_kind",
        Severity::Warning,
        Text::new(
            format!("发票代码“{code}”表明这是{}，与所选类型不同。", named.zh),
            format!(
                "The invoice code “{code}” says this is a {}, not the type chosen.",
                named.en.to_lowercase()
            ),
        ),
        Text::new(
            "核对发票代码，或改选发票类型。",
            "Check the code, or choose the invoice type it names.",
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn form(kind: FormKind, fields: &[(FieldName, &str)]) -> ManualForm {
        ManualForm {
            kind,
            values: fields.iter().map(|(f, v)| (*f, v.to_string())).collect(),
        }
    }

    /// The (field, id) of every message, in order.
    fn ids(kind: FormKind, fields: &[(FieldName, &str)]) -> Vec<(FieldName, String)> {
        check(&form(kind, fields), today())
            .into_iter()
            .map(|m| (m.field, m.id))
            .collect()
    }

    use FieldName::*;

    const DIGITAL_OK: [(FieldName, &str); 6] = [
        (InvoiceNumber, "24112000000012345678"),
        (IssueDate, "2024-11-05"),
        (Amount, "1000.00"),
        (Tax, "130.00"),
        (Total, "1130.00"),
        (SellerTaxId, "91110108MA01ABCDEN"),
    ];

    #[test]
    fn a_correct_digital_invoice_has_no_messages() {
        assert_eq!(ids(FormKind::DigitalSpecial, &DIGITAL_OK), vec![]);
    }

    #[test]
    fn an_empty_form_asks_for_what_the_platform_needs() {
        let want = |fs: &[FieldName]| {
            fs.iter()
                .map(|f| (*f, "form.required".to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(FormKind::DigitalOrdinary, &[]),
            want(&[InvoiceNumber, IssueDate, Total])
        );
        assert_eq!(
            ids(FormKind::Special, &[]),
            want(&[InvoiceCode, InvoiceNumber, IssueDate, Amount])
        );
        assert_eq!(
            ids(FormKind::Ordinary, &[]),
            want(&[InvoiceCode, InvoiceNumber, IssueDate, CheckCode])
        );
    }

    #[test]
    fn each_field_is_checked_by_the_core_rules() {
        let mut fields = DIGITAL_OK.to_vec();
        fields[0] = (InvoiceNumber, "2.41120E+19");
        fields[1] = (IssueDate, "2026-12-01");
        fields[4] = (Total, "1131.00");
        fields[5] = (SellerTaxId, "91110108MA01ABCDE1");
        assert_eq!(
            ids(FormKind::DigitalOrdinary, &fields),
            vec![
                (InvoiceNumber, "invoice_number.excel_damaged".into()),
                (IssueDate, "date.future".into()),
                (Total, "amount.total".into()),
                (SellerTaxId, "tax_id.checksum".into()),
            ]
        );
    }

    #[test]
    fn the_tax_is_checked_against_the_rate_when_both_are_given() {
        let mut fields = DIGITAL_OK.to_vec();
        fields.push((TaxRate, "13%"));
        assert_eq!(ids(FormKind::DigitalSpecial, &fields), vec![]);
        fields.push((TaxRate, "6%"));
        let found = ids(FormKind::DigitalSpecial, &fields);
        assert!(
            found.contains(&(TaxRate, "tax.calc".into()))
                || found.contains(&(Tax, "tax.calc".into())),
            "{found:?}"
        );
    }

    #[test]
    fn the_number_must_fit_the_chosen_type() {
        let eight = [
            (InvoiceNumber, "12345678"),
            (IssueDate, "2024-11-05"),
            (Total, "10"),
        ];
        assert_eq!(
            ids(FormKind::DigitalOrdinary, &eight),
            vec![(InvoiceNumber, "form.number_length".into())]
        );
        let twenty = [
            (InvoiceCode, "3700174130"),
            (InvoiceNumber, "24112000000012345678"),
            (IssueDate, "2024-11-05"),
            (Amount, "10"),
        ];
        let found = ids(FormKind::Special, &twenty);
        assert!(
            found.contains(&(InvoiceNumber, "form.number_length".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_code_naming_another_type_is_pointed_out() {
        let ordinary_code = [
            (InvoiceCode, "011001900311"),
            (InvoiceNumber, "21010038"),
            (IssueDate, "2022-04-07"),
            (Amount, "85.86"),
        ];
        assert_eq!(
            ids(FormKind::Special, &ordinary_code),
            vec![(InvoiceCode, "form.code_kind".into())]
        );
        let msg = &check(&form(FormKind::Special, &ordinary_code), today())[0];
        assert!(
            msg.message.zh.contains("增值税电子普通发票"),
            "{}",
            msg.message.zh
        );
    }

    #[test]
    fn the_check_code_may_be_its_last_six_digits_or_all_twenty() {
        let base = [
            (InvoiceCode, "011001900311"),
            (InvoiceNumber, "21010038"),
            (IssueDate, "2022-04-07"),
        ];
        for (code, want) in [
            ("123456", vec![]),
            ("12345678901234567890", vec![]),
            (
                "1234567",
                vec![(CheckCode, "check_code.format".to_string())],
            ),
        ] {
            let mut fields = base.to_vec();
            fields.push((CheckCode, code));
            assert_eq!(ids(FormKind::Ordinary, &fields), want, "{code}");
        }
    }

    #[test]
    fn amounts_must_be_plain_money() {
        let mut fields = DIGITAL_OK.to_vec();
        fields[2] = (Amount, "1000,0.0");
        fields[4] = (Total, "1130.001");
        assert_eq!(
            ids(FormKind::DigitalOrdinary, &fields),
            vec![
                (Total, "form.amount_format".into()),
                (Amount, "form.amount_format".into()),
            ]
        );
    }

    #[test]
    fn fields_of_another_type_are_kept_but_not_checked() {
        let mut f = form(FormKind::Ordinary, &[(CheckCode, "12")]);
        assert!(check(&f, today())
            .iter()
            .any(|m| m.field == CheckCode && m.id == "check_code.format"));
        f.kind = FormKind::DigitalOrdinary;
        assert!(check(&f, today()).iter().all(|m| m.field != CheckCode));
        assert_eq!(f.values.get(&CheckCode).map(String::as_str), Some("12"));
    }

    #[test]
    fn the_form_gives_the_platform_entry_of_its_type() {
        let parsed = form(FormKind::DigitalSpecial, &DIGITAL_OK).to_parsed();
        let result = super::super::check(&[parsed], today());
        assert_eq!(result.kind, Some(crate::model::InvoiceKind::DigitalSpecial));
        let entry: Vec<Option<String>> = result
            .platform
            .unwrap()
            .items
            .into_iter()
            .map(|i| i.value)
            .collect();
        assert_eq!(
            entry,
            vec![
                Some("24112000000012345678".into()),
                Some("2024-11-05".into()),
                Some("1130.00".into())
            ]
        );
        assert_eq!(
            result.issued.map(|i| i.label()),
            Some("2024年 · 北京".into())
        );
    }
}
