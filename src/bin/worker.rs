//! Entry point of the Web Worker bundle.
use fapiao_check_app::worker::CoreWorker;
use gloo_worker::Registrable;

fn main() {
    CoreWorker::registrar().register();
}
