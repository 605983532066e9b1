//! Entry point of the table workflows' Web Worker bundle (built without the `full` feature).
use fapiao_check_app::worker::{Cbor, CoreWorker, ReportingAlloc};
use gloo_worker::Registrable;

/// A table too large for the browser's memory is reported to the page before the worker stops.
/// (Only here: the full worker's picture decoder asks for memory it can do without, and a
/// failed request there is its own error, not the end of the worker.)
#[global_allocator]
static ALLOC: ReportingAlloc = ReportingAlloc;

fn main() {
    CoreWorker::registrar().encoding::<Cbor>().register();
}
