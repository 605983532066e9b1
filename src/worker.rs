//! The Web Worker that runs the core off the main thread (see [`crate::protocol`]).

use gloo_worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::protocol::{Request, Response, Session};

/// The worker: one [`Session`] holding the loaded files and the last results.
pub struct CoreWorker {
    session: Session,
}

impl Worker for CoreWorker {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        CoreWorker {
            session: Session::default(),
        }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Self::Input, id: HandlerId) {
        if let Some(response) = self.session.handle(msg, &mut |p| scope.respond(id, p)) {
            scope.respond(id, response);
        }
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
