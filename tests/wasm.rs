//! Tests that run inside headless Chromium (`wasm-bindgen-test`): the core compiled to wasm,
//! and the app rendering into a real DOM.
#![cfg(target_arch = "wasm32")]

use fapiao_check_app::protocol::{Request, Response, Session};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn core_runs_in_wasm_and_explains_an_empty_file() {
    let r = Session::default().handle(
        Request::Load {
            job: 1,
            file: 1,
            name: "台账.csv".into(),
            bytes: Vec::new(),
            options: Default::default(),
        },
        &mut |_| {},
    );
    match r {
        Some(Response::Loaded { result: Err(d), .. }) => {
            assert_eq!(d.id, "read.empty");
            assert!(d.message.zh.contains("台账.csv"));
        }
        other => panic!("unexpected response {other:?}"),
    }
}

#[wasm_bindgen_test]
fn the_samples_reconcile_in_wasm_with_exact_money() {
    use fapiao_check_app::protocol::{kind_counts, Reassembly};
    let mut s = Session::default();
    s.load_samples(1, 1, 2);
    // As the page receives it: exceptions in parts ahead of the report.
    let mut page = Reassembly::default();
    let r = s.handle(
        Request::Reconcile {
            job: 2,
            ledger: 1,
            export: 2,
            as_of: None,
            sync_days: 3,
            tolerance: Default::default(),
        },
        &mut |p| {
            assert!(page
                .take(p)
                .is_none_or(|p| !matches!(p, Response::Reconciled { .. })))
        },
    );
    let Some(Response::Reconciled { report, .. }) = r.and_then(|r| page.take(r)) else {
        panic!("no reconciliation")
    };
    let total: u32 = kind_counts(&report).iter().map(|(_, n)| n).sum();
    assert!(report.summary.matched > 150, "{}", report.summary.matched);
    assert_eq!(total as usize, report.exceptions.len());
    // Money stays decimal text through the whole path.
    let money = report
        .exceptions
        .iter()
        .flat_map(|e| e.fields.iter())
        .find(|f| f.field == fapiao_core::model::FieldName::Total);
    let f = money.expect("the sample has a total that differs");
    assert!(
        f.ledger.parse::<rust_decimal::Decimal>().is_ok(),
        "{}",
        f.ledger
    );
}

#[wasm_bindgen_test]
fn fingerprint_matches_in_wasm() {
    assert_eq!(
        fapiao_core::parse::sha256_hex("发票".as_bytes()),
        fapiao_core::parse::sha256_hex(&[0xe5, 0x8f, 0x91, 0xe7, 0xa5, 0xa8])
    );
}

#[wasm_bindgen_test]
async fn header_renders_the_three_workflows_in_chinese() {
    use fapiao_check_app::components::header::{Header, Props};
    use fapiao_check_app::state::{View, WorkerStatus};
    use fapiao_core::text::Lang;
    use yew::Callback;

    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Header>::with_root_and_props(
        root.clone(),
        Props {
            lang: Lang::Zh,
            view: View::Reconcile,
            worker: WorkerStatus::Starting,
            on_lang: Callback::noop(),
        },
    )
    .render();
    // Let the scheduler run the first render.
    yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
    let text = root.text_content().unwrap_or_default();
    for title in ["单张查验", "批量校验", "对账"] {
        assert!(text.contains(title), "missing {title} in {text}");
    }
    let current = root.query_selector("[aria-current=page]").unwrap().unwrap();
    assert_eq!(current.text_content().unwrap().trim(), "对账");
}
