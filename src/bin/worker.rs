//! Entry point of the table workflows' Web Worker bundle (built without the `full` feature).
use fapiao_check_app::worker::{Cbor, CoreWorker};
use gloo_worker::Registrable;

fn main() {
    CoreWorker::registrar().encoding::<Cbor>().register();
}
