//! The Web Worker that runs the core off the main thread (see [`crate::protocol`]).

use gloo_worker::{HandlerId, Worker, WorkerScope};

use crate::protocol::{handle, Request, Response};

/// The worker: stateless, each request is answered by [`handle`].
pub struct CoreWorker;

impl Worker for CoreWorker {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        CoreWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, msg: Self::Input, id: HandlerId) {
        let response = handle(msg, &mut |p| scope.respond(id, p));
        scope.respond(id, response);
    }
}
