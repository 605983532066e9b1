//! Entry point of the Web Worker bundle.
use fapiao_check_app::worker::{Cbor, CoreWorker};
use gloo_worker::Registrable;

fn main() {
    CoreWorker::registrar().encoding::<Cbor>().register();
}
