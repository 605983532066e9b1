//! Reconciliation on hand-built ledgers and exports: each exception kind and diagnosis.

mod reconcile_support;

use chrono::NaiveDate;
use fapiao_core::model::{FieldName, Status};
use fapiao_core::reconcile::{reconcile, Options};
use fapiao_core::report::{ExceptionKind, Report};
use reconcile_support::{export, ledger, row};
use rust_decimal::Decimal;

const S1: &str = "91110105MC03GH60G5";

fn run(l: &[reconcile_support::Row], e: &[reconcile_support::Row], options: &Options) -> Report {
    reconcile(&ledger(l), &export(e), options)
}

/// (kind, diagnosis, invoice number, ledger row, export row) of one exception.
type Digest = (String, String, String, Option<u32>, Option<u32>);

fn digest(r: &Report) -> Vec<Digest> {
    r.exceptions
        .iter()
        .map(|e| {
            (
                e.kind.id().to_string(),
                e.diagnosis.clone(),
                e.invoice_number.clone(),
                e.ledger.as_ref().and_then(|x| x.row),
                e.export.as_ref().and_then(|x| x.row),
            )
        })
        .collect()
}

fn d(kind: &str, diag: &str, num: &str, l: Option<u32>, e: Option<u32>) -> Digest {
    (kind.into(), diag.into(), num.into(), l, e)
}

#[test]
fn identical_files_match_completely() {
    let rows = [
        row("24112000000000000001", "2024-11-01", S1, "106.00"),
        row("24112000000000000002", "2024-11-02", S1, "212.00"),
    ];
    let r = run(&rows, &rows, &Options::default());
    assert_eq!(r.summary.matched, 2);
    assert!(r.exceptions.is_empty());
    assert_eq!(
        r.compared_fields,
        [
            FieldName::IssueDate,
            FieldName::SellerTaxId,
            FieldName::Total
        ]
    );
    assert_eq!(r.as_of, NaiveDate::from_ymd_opt(2024, 11, 2));
    assert!(ExceptionKind::ALL
        .iter()
        .all(|k| r.summary.exceptions[k] == 0));
}

#[test]
fn export_date_with_time_and_full_width_number_still_match() {
    let l = [row(
        "２４112000000000000001",
        "2024-11-01",
        "91110105mc03gh60g5",
        "106.00",
    )];
    let e = [row(
        "24112000000000000001",
        "2024-11-01 14:23:11",
        S1,
        "106.0",
    )];
    let r = run(&l, &e, &Options::default());
    assert_eq!(digest(&r), vec![]);
    assert_eq!(r.summary.matched, 1);
}

#[test]
fn changed_total_is_a_mismatch_unless_within_tolerance() {
    let l = [row("24112000000000000001", "2024-11-01", S1, "106.00")];
    let e = [row("24112000000000000001", "2024-11-01", S1, "106.01")];
    let r = run(&l, &e, &Options::default());
    assert_eq!(
        digest(&r),
        vec![d(
            "mismatch",
            "changed",
            "24112000000000000001",
            Some(2),
            Some(4)
        )]
    );
    let f = &r.exceptions[0].fields;
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].field, f[0].ledger.as_str(), f[0].export.as_str()),
        (FieldName::Total, "106.00", "106.01")
    );
    assert!(r.exceptions[0].message.zh.contains("106.01"));
    assert!(r.exceptions[0].message.en.contains("106.01"));

    let tolerant = Options {
        tolerance: Decimal::new(1, 2),
        ..Options::default()
    };
    assert_eq!(run(&l, &e, &tolerant).summary.matched, 1);
}

#[test]
fn one_digit_typo_and_adjacent_swap_are_found() {
    let l = [
        row("24112000000012345687", "2024-11-01", S1, "106.00"),
        row("24112000000099999990", "2024-11-02", S1, "50.00"),
    ];
    let e = [
        row("24112000000012345678", "2024-11-01", S1, "106.00"),
        row("24112000000099999991", "2024-11-02", S1, "50.00"),
    ];
    let r = run(&l, &e, &Options::default());
    assert_eq!(
        digest(&r),
        vec![
            d("mismatch", "typo", "24112000000012345678", Some(2), Some(4)),
            d("mismatch", "typo", "24112000000099999991", Some(3), Some(5)),
        ]
    );
    let f = &r.exceptions[0].fields[0];
    assert_eq!(
        (f.field, f.ledger.as_str()),
        (FieldName::InvoiceNumber, "24112000000012345687")
    );
    assert!(r.exceptions[0].action.zh.contains("24112000000012345678"));
}

#[test]
fn typo_needs_same_total_and_date() {
    let l = [row("24112000000012345687", "2024-10-01", S1, "106.00")];
    let e = [row("24112000000012345678", "2024-10-01", S1, "107.00")];
    let r = run(&l, &e, &Options::default());
    let kinds: Vec<_> = r.exceptions.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            ExceptionKind::MissingInExport,
            ExceptionKind::MissingInLedger
        ]
    );
}

#[test]
fn missing_in_export_diagnoses_region_recent_unknown() {
    let l = [
        row("24312000000000000001", "2024-10-01", S1, "1.00"),
        row("24112000000000000002", "2024-11-29", S1, "2.00"),
        row("24112000000000000003", "2024-12-05", S1, "3.00"),
        row("24112000000000000004", "2024-10-01", S1, "4.00"),
        row("24112000000000000009", "2024-11-30", S1, "9.00"),
    ];
    let e = [row("24112000000000000009", "2024-11-30", S1, "9.00")];
    let r = run(&l, &e, &Options::default());
    assert_eq!(
        digest(&r),
        vec![
            d(
                "missing_in_export",
                "other_region",
                "24312000000000000001",
                Some(2),
                None
            ),
            d(
                "missing_in_export",
                "recent",
                "24112000000000000002",
                Some(3),
                None
            ),
            d(
                "missing_in_export",
                "recent",
                "24112000000000000003",
                Some(4),
                None
            ),
            d(
                "missing_in_export",
                "unknown",
                "24112000000000000004",
                Some(5),
                None
            ),
        ]
    );
    assert!(r.exceptions[0].message.zh.contains("上海"));
    assert!(r.exceptions[1].action.en.contains("Wait 3 days"));

    let older = Options {
        as_of: NaiveDate::from_ymd_opt(2024, 12, 31),
        sync_days: 3,
        ..Options::default()
    };
    let r = run(&l[1..2], &e, &older);
    assert_eq!(r.exceptions[0].diagnosis, "unknown");
}

#[test]
fn missing_in_ledger_knows_voided() {
    let mut voided = row("24112000000000000002", "2024-11-02", S1, "2.00");
    voided.status = Some(("已作废", Status::Voided));
    let e = [
        row("24112000000000000001", "2024-11-01", S1, "1.00"),
        voided,
    ];
    let r = run(&[], &e, &Options::default());
    assert_eq!(
        digest(&r),
        vec![
            d(
                "missing_in_ledger",
                "not_recorded",
                "24112000000000000001",
                None,
                Some(4)
            ),
            d(
                "missing_in_ledger",
                "voided",
                "24112000000000000002",
                None,
                Some(5)
            ),
        ]
    );
}

#[test]
fn matched_but_reversed_is_a_status_exception() {
    let l = [row("24112000000000000001", "2024-11-01", S1, "1.00")];
    let mut e = row("24112000000000000001", "2024-11-01", S1, "1.00");
    e.status = Some(("已红冲-部分", Status::PartlyReversed));
    let r = run(&l, &[e], &Options::default());
    assert_eq!(
        digest(&r),
        vec![d(
            "status",
            "partly_reversed",
            "24112000000000000001",
            Some(2),
            Some(4)
        )]
    );
    assert_eq!(r.summary.matched, 1);
    assert!(r.exceptions[0].message.zh.contains("已红冲-部分"));
}

#[test]
fn each_extra_occurrence_is_a_duplicate() {
    let a = || row("24112000000000000001", "2024-11-01", S1, "1.00");
    let r = run(&[a(), a(), a()], &[a(), a()], &Options::default());
    assert_eq!(
        digest(&r),
        vec![
            d("duplicate", "ledger", "24112000000000000001", Some(3), None),
            d("duplicate", "ledger", "24112000000000000001", Some(4), None),
            d("duplicate", "export", "24112000000000000001", None, Some(5)),
        ]
    );
    assert_eq!(r.summary.matched, 1);
}

#[test]
fn excel_damaged_number_is_paired_by_seller_date_total() {
    let l = [
        row("2.41123E+19", "2024-11-01", S1, "106.00"),
        row("2.41124E+19", "2024-11-02", S1, "5.00"),
    ];
    let e = [
        row("24112300000000000001", "2024-11-01", S1, "106.00"),
        row("24112400000000000002", "2024-11-02", S1, "5.00"),
        row("24112400000000000003", "2024-11-02", S1, "5.00"),
    ];
    let r = run(&l, &e, &Options::default());
    assert_eq!(
        digest(&r),
        vec![
            d(
                "missing_in_ledger",
                "not_recorded",
                "24112400000000000002",
                None,
                Some(5)
            ),
            d(
                "missing_in_ledger",
                "not_recorded",
                "24112400000000000003",
                None,
                Some(6)
            ),
            d(
                "invalid",
                "invoice_number.excel_damaged",
                "24112300000000000001",
                Some(2),
                Some(4)
            ),
            d(
                "invalid",
                "invoice_number.excel_damaged",
                "2.41124E+19",
                Some(3),
                None
            ),
        ]
    );
    assert_eq!(r.exceptions[2].rules, ["invoice_number.excel_damaged"]);
    assert!(r.exceptions[2].action.zh.contains("24112300000000000001"));
}

#[test]
fn older_invoices_key_on_code_and_number() {
    let mut l = reconcile_support::invoice(
        "ledger.csv",
        None,
        2,
        &row("21010038", "2020-04-07", S1, "300.00"),
    );
    l.code = Some(fapiao_core::model::Field::unparsed("011001900311"));
    let mut e = l.clone();
    e.code = Some(fapiao_core::model::Field::unparsed("011001900312"));
    let mut lp = ledger(&[]);
    lp.invoices.push(l);
    let mut ep = export(&[]);
    ep.invoices.push(e);
    let r = reconcile(&lp, &ep, &Options::default());
    // Different codes are different invoices, though one digit apart: a typo, same date and total.
    assert_eq!(r.exceptions.len(), 1);
    assert_eq!(
        (r.exceptions[0].kind, r.exceptions[0].diagnosis.as_str()),
        (ExceptionKind::Mismatch, "typo")
    );
}

#[test]
fn damaged_number_is_not_paired_with_a_number_it_cannot_have_been() {
    let l = [row("2.41123E+19", "2024-11-01", S1, "106.00")];
    let e = [row("24119900000000000001", "2024-11-01", S1, "106.00")];
    let r = run(&l, &e, &Options::default());
    assert_eq!(
        digest(&r),
        vec![
            d(
                "missing_in_ledger",
                "not_recorded",
                "24119900000000000001",
                None,
                Some(4)
            ),
            d(
                "invalid",
                "invoice_number.excel_damaged",
                "2.41123E+19",
                Some(2),
                None
            ),
        ]
    );
}

#[test]
fn numbers_excel_kept_intact_still_match() {
    let l = [row("'24112000000000000001", "2024-11-01", S1, "1.00")];
    let e = [row("24112000000000000001", "2024-11-01", S1, "1.00")];
    let r = run(&l, &e, &Options::default());
    assert_eq!((r.summary.matched, r.exceptions.len()), (1, 0));
}
