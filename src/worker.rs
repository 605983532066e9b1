//! The Web Worker that runs the core off the main thread (see [`crate::protocol`]).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;

use gloo_worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::protocol::{worker_stopped, FileId, Inbox, JobId, Request, Response, Session};

/// The job in hand, so that a worker about to stop (a panic, memory run out) can still say so:
/// a wasm worker cannot unwind, and after the trap it answers nothing ever again.
struct InHand {
    scope: WorkerScope<CoreWorker>,
    handler: HandlerId,
    job: JobId,
    file: Option<(FileId, String)>,
}

thread_local! {
    static IN_HAND: RefCell<Option<InHand>> = const { RefCell::new(None) };
}

/// Memory set aside when the worker starts and given back when memory runs out, so that the
/// report of it can still be written.
const RESERVE_BYTES: usize = 256 << 10;

thread_local! {
    static RESERVE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Tells the page that the job in hand cannot finish because the worker is stopping; `detail`
/// is called only then (it may allocate). Said once: the job is taken first, so a failure
/// while saying it does not repeat it.
fn report_stop(detail: impl FnOnce() -> String) {
    let Some(h) = IN_HAND.with(|c| c.try_borrow_mut().ok().and_then(|mut c| c.take())) else {
        return;
    };
    RESERVE.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            *r = Vec::new();
        }
    });
    let file = h.file.as_ref().map(|(id, name)| (*id, name.as_str()));
    h.scope
        .respond(h.handler, worker_stopped(h.job, file, &detail()));
    // Ends the worker once this task is over, which gives its memory back to the tab at once
    // (the page has no handle to terminate it, and a trapped worker can no longer close itself).
    use wasm_bindgen::JsCast;
    if let Ok(scope) = js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>() {
        scope.close();
    }
}

/// The system allocator, telling the page when memory runs out (a file too large for the
/// browser) before the worker stops: Rust's own handler would stop it without a word.
/// Declared `#[global_allocator]` by the table worker's binary (`src/bin/worker.rs`).
pub struct ReportingAlloc;

impl ReportingAlloc {
    #[cold]
    fn out_of_memory(size: usize) {
        report_stop(|| format!("out of memory: a request for {size} bytes failed"));
    }
}

// SAFETY: every call is passed to `System` unchanged; only a failure is reported on the way.
unsafe impl GlobalAlloc for ReportingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            Self::out_of_memory(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            Self::out_of_memory(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            Self::out_of_memory(new_size);
        }
        p
    }
}

/// The worker: the [`Session`] holding the loaded files and the last results, with the requests
/// for it ([`Inbox`]).
#[derive(Default)]
pub struct CoreWorker {
    inbox: Inbox<HandlerId>,
}

/// Keeps `msg` in hand (see [`report_stop`]): a worker that stops now says it was this job.
fn keep_in_hand(scope: &WorkerScope<CoreWorker>, id: HandlerId, msg: &Request) {
    let (job, file) = msg.job_and_file();
    let in_hand = job.map(|job| InHand {
        scope: scope.clone(),
        handler: id,
        job,
        file: file.map(|(id, name)| (id, name.to_string())),
    });
    IN_HAND.with(|c| *c.borrow_mut() = in_hand);
}

/// Handles one request, keeping it in hand while it runs; its answer, if it has one.
fn handle(
    scope: &WorkerScope<CoreWorker>,
    session: &mut Session,
    msg: Request,
    id: HandlerId,
) -> Option<Response> {
    keep_in_hand(scope, id, &msg);
    let response = session.handle(msg, &mut |p| scope.respond(id, p));
    IN_HAND.with(|c| c.borrow_mut().take());
    response
}

impl Worker for CoreWorker {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        // A panic is a bug: its message and place go into what the user is shown, for a report.
        std::panic::set_hook(Box::new(|info| report_stop(|| info.to_string())));
        RESERVE.with(|r| *r.borrow_mut() = Vec::with_capacity(RESERVE_BYTES));
        CoreWorker::default()
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Self::Input, id: HandlerId) {
        if matches!(msg, Request::Announce { .. }) {
            // Stays in hand while the announced load is received (decoding it copies the
            // file's bytes, which is where a file too large runs out of memory first).
            keep_in_hand(scope, id, &msg);
            return;
        }
        self.inbox.receive(
            msg,
            id,
            &mut |session, msg, id| handle(scope, session, msg, id),
            &mut |id, response| scope.respond(id, response),
        );
    }
}

/// Worker messages as CBOR (`ciborium`): binary, so file bytes cross as one byte string rather
/// than a list of numbers, and self-describing, so the core's serde attributes (skipped fields,
/// defaults) survive the trip; decimals stay strings.
///
/// Messages are decoded in two steps, bytes to a [`ciborium::Value`] tree and the tree to the
/// message type: ciborium's streaming decoder, monomorphised for every type of the report
/// model, was a quarter of the page's code; the tree's decoder is a fraction of that.
pub struct Cbor;

impl Codec for Cbor {
    fn encode<I: Serialize>(input: I) -> JsValue {
        match crate::protocol::encode(&input) {
            Some(buf) => js_sys::Uint8Array::from(buf.as_slice()).into(),
            None => JsValue::NULL,
        }
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let bytes = js_sys::Uint8Array::new(&input).to_vec();
        // A message we wrote ourselves cannot fail to decode unless the two bundles come from
        // different builds; there is no way to answer then, so say so loudly.
        crate::protocol::decode(&bytes).expect("worker message from another build of the app")
    }
}
