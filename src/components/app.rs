//! The root component: owns the state reducer, the worker bridge and hash routing.

use std::rc::Rc;

use gloo_worker::Spawnable;
use yew::prelude::*;

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::view_page::ViewPage;
use crate::protocol::{Request, Response};
use crate::state::{update, Action, State, View};
use crate::worker::CoreWorker;

/// Yew glue for the pure reducer.
#[derive(Default, PartialEq)]
pub struct AppState(pub State);

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState(update(self.0.clone(), action)))
    }
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        AppState(State {
            view: View::from_hash(&location_hash()),
            ..State::default()
        })
    });

    // Follow the location hash (back/forward buttons, links).
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = on_hash_change(move || {
                dispatch.dispatch(Action::Open(View::from_hash(&location_hash())))
            });
            move || drop(listener)
        });
    }

    // Start the worker once and say hello; its answer proves the wasm core runs off the page.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let bridge = CoreWorker::spawner()
                .callback(move |response| {
                    if let Response::Ready { core_version, .. } = response {
                        dispatch.dispatch(Action::WorkerReady(core_version));
                    }
                })
                .with_loader(true)
                .as_module(false)
                .spawn("./worker_loader.js");
            bridge.send(Request::Hello { job: 0 });
            move || drop(bridge)
        });
    }

    let s = &state.0;
    let on_lang = {
        let dispatch = state.dispatcher();
        Callback::from(move |lang| dispatch.dispatch(Action::SetLang(lang)))
    };
    html! {
        <div class="app" lang={if s.lang == fapiao_core::text::Lang::Zh { "zh-CN" } else { "en" }}>
            <Header lang={s.lang} view={s.view} worker={s.worker.clone()} {on_lang} />
            <main id="main" class="main">
                <ViewPage lang={s.lang} view={s.view} />
            </main>
            <Footer lang={s.lang} />
        </div>
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
