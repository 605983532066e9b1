//! The root component: owns the state reducer, the worker, the loaded bytes and routing, and
//! provides a [`Handle`] to everything below it.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::NaiveDate;
use fapiao_core::parse::ReadOptions;
use fapiao_core::text::Lang;
use gloo_worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

use crate::components::footer::Footer;
use crate::components::handle::{request, Handle, JobRequest};
use crate::components::header::Header;
use crate::components::print_view::PrintView;
use crate::components::progress::ProgressBar;
use crate::components::view_page::ViewPage;
use crate::digest;
use crate::protocol::{FileId, Reassembly, Request, Response, SAMPLE_EXPORT, SAMPLE_LEDGER};
use crate::state::{update, Action, Busy, Detail, FileStatus, Settings, Shared, State, View};
use crate::worker::{Cbor, CoreWorker};

/// Yew glue for the pure reducer.
#[derive(Default, PartialEq)]
pub struct AppState(pub State);

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState(update(self.0.clone(), action)))
    }
}

/// The bytes of every loaded file, kept on the page only so a cancelled (restarted) worker can
/// be given them again. Never stored anywhere.
type Kept = Rc<RefCell<BTreeMap<FileId, (String, Rc<Vec<u8>>, ReadOptions)>>>;

const SETTINGS_KEY: &str = "fapiao-check.settings";

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Today's date from the browser's clock (the core never reads a clock).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Settings the user chose to remember on this computer, if any.
fn stored_settings() -> Option<Settings> {
    let text = storage()?.get_item(SETTINGS_KEY).ok().flatten()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some(Settings {
        sync_days: v["sync_days"].as_u64().unwrap_or(3) as u32,
        tolerance: v["tolerance"].as_str().unwrap_or("0.00").to_string(),
        my_tax_id: v["my_tax_id"].as_str().unwrap_or_default().to_string(),
        remember: true,
    })
}

/// Writes the settings when the user opted in; otherwise makes sure nothing is stored.
fn store_settings(s: &Settings) {
    let Some(st) = storage() else { return };
    if s.remember {
        let v = serde_json::json!({
            "sync_days": s.sync_days, "tolerance": s.tolerance, "my_tax_id": s.my_tax_id,
        });
        let _ = st.set_item(SETTINGS_KEY, &v.to_string());
    } else {
        let _ = st.remove_item(SETTINGS_KEY);
    }
}

/// Turns a worker response into actions.
fn on_response(dispatch: &Callback<Action>, response: Response) {
    match response {
        Response::Ready { core_version, .. } => dispatch.emit(Action::WorkerReady(core_version)),
        Response::Progress {
            job,
            stage,
            done,
            total,
        } => dispatch.emit(Action::Progress(Busy {
            job,
            stage,
            done,
            total,
        })),
        Response::Loaded { file, result, .. } => {
            dispatch.emit(Action::FileRead { id: file, result });
            dispatch.emit(Action::Idle);
        }
        Response::Validated { report, .. } => dispatch.emit(Action::Validated(Shared::new(report))),
        Response::Reconciled { report, .. } => {
            dispatch.emit(Action::Reconciled(Shared::new(report)))
        }
        Response::Single { result, .. } => {
            dispatch.emit(Action::SingleChecked(Shared::new(result)))
        }
        Response::Detail {
            exception,
            ledger,
            export,
            ..
        } => dispatch.emit(Action::DetailLoaded(Detail {
            exception,
            ledger,
            export,
        })),
        Response::FormChecked { form, messages, .. } => {
            dispatch.emit(Action::FormChecked(form, messages))
        }
        Response::Exported {
            name, mime, bytes, ..
        } => {
            download(&name, &mime, &bytes);
            dispatch.emit(Action::Idle);
        }
        Response::Failed { error, .. } => dispatch.emit(Action::Failed(error)),
        // Handled by the worker's own callback, which knows which worker stopped.
        Response::WorkerStopped { error, .. } => dispatch.emit(Action::Failed(error)),
        // Put together by the worker's own callback (Reassembly) before they get here.
        Response::ReconciledPart { .. } => {}
    }
}

/// A built-in sample file, which the page bundle does not carry: the single-file build embeds
/// it (a base64 data block with the id `sample:<name>`, scripts/single_html.mjs); the web
/// version fetches it from `samples/` beside the page (the service worker keeps it offline).
async fn sample(name: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window()?;
    if let Some(block) = window
        .document()?
        .get_element_by_id(&format!("sample:{name}"))
    {
        let binary = window.atob(block.text_content()?.trim()).ok()?;
        return Some(binary.chars().map(|c| c as u8).collect());
    }
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(&format!("./samples/{name}")))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Offers `bytes` as a download named `name`, generated here in the browser.
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(a) = document
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Trunk's loader of the table workflows' worker (`src/bin/worker.rs`), started with the page.
const TABLE_WORKER: &str = "./worker_loader.js";
/// The full worker's loader (`src/bin/worker_full.rs`: pictures, PDF, XLSX), started on first use.
const FULL_WORKER: &str = "./worker_full_loader.js";

fn spawn_worker(dispatch: Callback<Action>, loader: &str) -> WorkerBridge<CoreWorker> {
    let full = loader == FULL_WORKER;
    let parts = RefCell::new(Reassembly::default());
    CoreWorker::spawner()
        .encoding::<Cbor>()
        .callback(move |response| match parts.borrow_mut().take(response) {
            Some(Response::WorkerStopped { file, error, .. }) => {
                dispatch.emit(Action::WorkerStopped { full, file, error })
            }
            Some(response) => on_response(&dispatch, response),
            None => {}
        })
        .with_loader(true)
        .as_module(false)
        .spawn(loader)
}

/// Sends `r`, announcing a `Load` first (`Request::Announce`), so a worker that runs out of
/// memory while receiving a large file can still name it.
fn send_to(bridge: &WorkerBridge<CoreWorker>, r: Request) {
    if let Request::Load {
        job, file, name, ..
    } = &r
    {
        bridge.send(Request::Announce {
            job: *job,
            file: *file,
            name: name.clone(),
        });
    }
    bridge.send(r);
}

/// The page's handle on a worker, replaced when the worker is restarted.
type Bridge = Rc<RefCell<Option<WorkerBridge<CoreWorker>>>>;

/// Gives the table worker a file to read and, when the page can hash, then its fingerprint
/// (`Request::Fingerprint`): the worker reads while the page hashes.
fn load_in(bridge: &Bridge, file: FileId, name: String, bytes: &Rc<Vec<u8>>, options: ReadOptions) {
    let later = options.sha256.is_none() && digest::available();
    if let Some(b) = bridge.borrow().as_ref() {
        let options = ReadOptions {
            sha256_later: later,
            ..options
        };
        send_to(
            b,
            Request::Load {
                job: file,
                file,
                name,
                bytes: bytes.to_vec(),
                options,
            },
        );
    }
    if later {
        let (bridge, bytes) = (bridge.clone(), bytes.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let sha256 = digest::sha256(&bytes).await;
            if let Some(b) = bridge.borrow().as_ref() {
                b.send(Request::Fingerprint { file, sha256 });
            }
        });
    }
}

fn spawn_table_worker(dispatch: Callback<Action>) -> WorkerBridge<CoreWorker> {
    let bridge = spawn_worker(dispatch, TABLE_WORKER);
    bridge.send(Request::Hello { job: 0 });
    bridge
}

/// The table worker started with the page ([`start_table_worker`]), and what it said before the
/// app was there to hear it.
#[derive(Default)]
struct Early {
    bridge: Option<WorkerBridge<CoreWorker>>,
    app: Option<Callback<Action>>,
    waiting: Vec<Action>,
}

thread_local! {
    static EARLY: RefCell<Early> = RefCell::default();
}

/// Starts the table worker before the page first renders (`src/bin/app.rs`), so that fetching
/// and compiling its wasm overlaps the page's own start instead of following it. Its answers
/// wait for the app ([`adopt_early_worker`]).
pub fn start_table_worker() {
    let relay = Callback::from(
        |action: Action| match EARLY.with(|e| e.borrow().app.clone()) {
            Some(app) => app.emit(action),
            None => EARLY.with(|e| e.borrow_mut().waiting.push(action)),
        },
    );
    let bridge = spawn_table_worker(relay);
    EARLY.with(|e| e.borrow_mut().bridge = Some(bridge));
}

/// The worker [`start_table_worker`] started, now answering to `dispatch`, with what it has
/// said so far replayed; `None` when the page did not start one.
fn adopt_early_worker(dispatch: &Callback<Action>) -> Option<WorkerBridge<CoreWorker>> {
    let (bridge, waiting) = EARLY.with(|e| {
        let mut e = e.borrow_mut();
        let bridge = e.bridge.take()?;
        e.app = Some(dispatch.clone());
        Some((bridge, std::mem::take(&mut e.waiting)))
    })?;
    for action in waiting {
        dispatch.emit(action);
    }
    Some(bridge)
}

/// Gives a fresh table worker the samples to warm up on (`Request::WarmUp`), after its answer
/// to `Hello`, so the page is ready as soon as before.
fn warm_up(bridge: Rc<RefCell<Option<WorkerBridge<CoreWorker>>>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let (Some(ledger), Some(export)) =
            (sample(SAMPLE_LEDGER.0).await, sample(SAMPLE_EXPORT.0).await)
        else {
            return;
        };
        if let Some(b) = bridge.borrow().as_ref() {
            b.send(Request::WarmUp { ledger, export });
        }
    });
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let mut s = State {
            view: View::from_hash(&location_hash()),
            ..State::default()
        };
        if let Some(settings) = stored_settings() {
            s.settings = settings;
        }
        AppState(s)
    });
    let dispatch: Callback<Action> = {
        let d = state.dispatcher();
        Callback::from(move |a| d.dispatch(a))
    };
    let bridge = use_mut_ref(|| None::<WorkerBridge<CoreWorker>>);
    let full_bridge = use_mut_ref(|| None::<WorkerBridge<CoreWorker>>);
    let kept: Kept = use_mut_ref(BTreeMap::new);
    let next_id = use_mut_ref(|| Cell::new(1u32));
    let fresh = {
        let next_id = next_id.clone();
        move || {
            let n = next_id.borrow().get();
            next_id.borrow().set(n + 1);
            n
        }
    };

    // Follow the location hash (back/forward buttons, links).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = on_hash_change(move || {
                dispatch.emit(Action::Open(View::from_hash(&location_hash())))
            });
            move || drop(listener)
        });
    }
    // Start the worker once.
    {
        let bridge = bridge.clone();
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let started = adopt_early_worker(&dispatch);
            *bridge.borrow_mut() = Some(started.unwrap_or_else(|| spawn_table_worker(dispatch)));
            warm_up(bridge.clone());
            move || drop(bridge.borrow_mut().take())
        });
    }
    // Keep stored settings in step with the opt-in.
    use_effect_with(state.0.settings.clone(), store_settings);
    // The document's language follows the switch, so screen readers and the browser's own
    // controls (hyphenation, translation offers) use the right one.
    use_effect_with(state.0.lang, |lang| {
        let tag = if *lang == Lang::Zh { "zh-CN" } else { "en" };
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(root) = document.and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", tag);
        }
    });

    let send_raw = {
        let bridge = bridge.clone();
        let full_bridge = full_bridge.clone();
        let dispatch = dispatch.clone();
        Rc::new(move |r: Request| {
            if r.for_full_worker() {
                full_bridge
                    .borrow_mut()
                    .get_or_insert_with(|| spawn_worker(dispatch.clone(), FULL_WORKER))
                    .send(r);
            } else if let Some(b) = bridge.borrow().as_ref() {
                send_to(b, r);
            }
        })
    };

    let load_bytes = {
        let bridge = bridge.clone();
        let kept = kept.clone();
        let dispatch = dispatch.clone();
        Rc::new(move |id: FileId, name: String, bytes: Rc<Vec<u8>>| {
            dispatch.emit(Action::FileAdded {
                id,
                name: name.clone(),
                size: bytes.len() as u64,
            });
            kept.borrow_mut()
                .insert(id, (name.clone(), bytes.clone(), ReadOptions::default()));
            load_in(&bridge, id, name, &bytes, ReadOptions::default());
        })
    };

    let send = {
        let send_raw = send_raw.clone();
        let state = state.clone();
        let kept = kept.clone();
        let load_bytes = load_bytes.clone();
        let fresh = fresh.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |r: JobRequest| {
            let job = fresh();
            match &r {
                JobRequest::LoadSamples => {
                    dispatch.emit(Action::ClearAll {
                        settings_too: false,
                    });
                    kept.borrow_mut().clear();
                    send_raw(Request::Clear);
                    let ids = [fresh(), fresh()];
                    let load_bytes = load_bytes.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        // In order: the ledger's card comes first. A sample that cannot be had
                        // arrives empty, and the worker says so (`read.empty`).
                        for (id, name) in ids.into_iter().zip([SAMPLE_LEDGER.0, SAMPLE_EXPORT.0]) {
                            let bytes = sample(name).await.unwrap_or_default();
                            load_bytes(id, name.to_string(), Rc::new(bytes));
                        }
                    });
                    return;
                }
                JobRequest::Reread(file, options) => {
                    if let Some(k) = kept.borrow_mut().get_mut(file) {
                        k.2 = options.clone();
                    }
                }
                JobRequest::Remove(file) => {
                    kept.borrow_mut().remove(file);
                    dispatch.emit(Action::FileRemoved(*file));
                }
                JobRequest::Detail(id) => dispatch.emit(Action::OpenDetail(*id)),
                _ => {}
            }
            if let Some(req) = request(job, r, &state.0, today()) {
                send_raw(req);
            }
        })
    };

    let load_files = {
        let load_bytes = load_bytes.clone();
        let fresh = fresh.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            for file in files {
                let load_bytes = load_bytes.clone();
                let id = fresh();
                wasm_bindgen_futures::spawn_local(async move {
                    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                    let bytes = buffer
                        .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                        .unwrap_or_default();
                    load_bytes(id, file.name(), Rc::new(bytes));
                });
            }
        })
    };

    let load_paste = {
        let load_bytes = load_bytes.clone();
        let fresh = fresh.clone();
        let lang = state.0.lang;
        Callback::from(move |text: String| {
            let id = fresh();
            let name = match lang {
                Lang::Zh => format!("粘贴的数据-{id}.txt"),
                Lang::En => format!("pasted-{id}.txt"),
            };
            load_bytes(id, name, Rc::new(text.into_bytes()));
        })
    };

    // A fresh table worker, given every kept file again but those that failed to read (a file
    // whose reading stopped the last worker would stop this one too).
    let restart = {
        let bridge = bridge.clone();
        let full_bridge = full_bridge.clone();
        let kept = kept.clone();
        let dispatch = dispatch.clone();
        Rc::new(move |failed: Vec<FileId>| {
            // The full worker keeps nothing: it is started again when next needed.
            full_bridge.borrow_mut().take();
            *bridge.borrow_mut() = Some(spawn_table_worker(dispatch.clone()));
            kept.borrow_mut().retain(|id, _| !failed.contains(id));
            for (id, (name, bytes, options)) in kept.borrow().iter() {
                load_in(&bridge, *id, name.clone(), bytes, options.clone());
            }
        })
    };
    // A stopped or cancelled table worker is replaced (Action::WorkerStopped, Action::Cancel).
    {
        let restart = restart.clone();
        let failed: Vec<FileId> = state
            .0
            .files
            .iter()
            .filter(|f| matches!(f.status, FileStatus::Failed(_)))
            .map(|f| f.id)
            .collect();
        use_effect_with(state.0.worker_restarts, move |n| {
            if *n > 0 {
                restart(failed);
            }
        });
    }

    // A busy worker cannot be interrupted: a fresh one is started (the effect above) and given
    // the files again, but not one it was still reading.
    let cancel = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.emit(Action::Cancel))
    };

    let clear = {
        let send_raw = send_raw.clone();
        let kept = kept.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |settings_too: bool| {
            kept.borrow_mut().clear();
            send_raw(Request::Clear);
            dispatch.emit(Action::ClearAll { settings_too });
            if settings_too {
                if let Some(st) = storage() {
                    let _ = st.remove_item(SETTINGS_KEY);
                    let _ = st.clear();
                }
            }
        })
    };

    let handle = Handle {
        state: Rc::new(state.0.clone()),
        dispatch: dispatch.clone(),
        send,
        load_files,
        load_paste,
        cancel,
        clear,
    };
    let s = &state.0;
    let on_lang = {
        let dispatch = dispatch.clone();
        Callback::from(move |lang| dispatch.emit(Action::SetLang(lang)))
    };
    let lang_attr = if s.lang == Lang::Zh { "zh-CN" } else { "en" };
    if s.printing {
        return html! {
            <ContextProvider<Handle> context={handle}>
                <div lang={lang_attr}><PrintView /></div>
            </ContextProvider<Handle>>
        };
    }
    html! {
        <ContextProvider<Handle> context={handle}>
            <div class="app" lang={lang_attr}>
                <a class="skip" href="#main">{ if s.lang == Lang::Zh { "跳到正文" } else { "Skip to content" } }</a>
                <Header lang={s.lang} view={s.view} worker={s.worker.clone()} {on_lang} />
                <ProgressBar />
                <main id="main" class="main" tabindex="-1">
                    <ViewPage />
                </main>
                <Footer lang={s.lang} />
            </div>
        </ContextProvider<Handle>>
    }
}

/// Listens to `hashchange` on the window; dropping the returned value stops listening.
fn on_hash_change(on_change: impl FnMut() + 'static) -> Option<HashListener> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let closure = Closure::<dyn FnMut()>::new(on_change);
    window
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(HashListener { closure })
}

/// A registered `hashchange` listener, removed on drop.
struct HashListener {
    closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for HashListener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "hashchange",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
